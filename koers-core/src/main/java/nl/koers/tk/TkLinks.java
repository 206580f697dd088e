package nl.koers.tk;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.koers.annotate.entity.Tokens;

/**
 * Joins imported records to papers: a {@code Document} with its {@code Kamerstukdossier} (number
 * and suffix) and {@code Volgnummer} is the paper {@code kst-<dossier>-<volgnummer>}; its {@code
 * Zaak} (a motion) carries the {@code Besluit} and the {@code Stemming} per party; a {@code
 * Toezegging} is matched to the commitment whose words it shares most.
 */
public final class TkLinks {
  /** The vote on a motion, from its decision and the per-party votes. */
  public record Vote(
      String decision,
      int seatsFor,
      int seatsAgainst,
      List<String> partiesFor,
      List<String> partiesAgainst) {}

  /** What the Kamer's records say of one paper. */
  public record PaperRecord(
      String kstId, String documentNumber, String documentKind, String caseNumber, Vote vote) {}

  /** A commitment (toezegging) as the Kamer registers it. */
  public record Commitment(
      String number, String text, String status, String minister, String dueDate, String id) {}

  private final TkStore store;
  private final Map<String, PaperRecord> byKst = new LinkedHashMap<>();

  /** Relations seen from the other side ({@code Besluit → Zaak}), indexed once: type/id → ids. */
  private final Map<String, List<String>> pointingAt = new HashMap<>();

  private final List<Commitment> commitments = new ArrayList<>();
  private final List<Set<String>> commitmentWords = new ArrayList<>();

  public TkLinks(TkStore store) {
    this.store = store;
    for (TkRecord r : store.all()) {
      r.links()
          .forEach(
              (type, ids) -> {
                for (String id : ids) {
                  pointingAt
                      .computeIfAbsent(type + "/" + id + ">" + r.type(), k -> new ArrayList<>())
                      .add(r.id());
                }
              });
    }
    for (TkRecord t : store.of("Toezegging")) {
      String minister =
          t.field("Naam") != null
              ? t.field("Naam")
              : t.field("Functie") != null ? t.field("Functie") : t.field("Ministerie");
      commitments.add(
          new Commitment(
              t.field("Nummer"),
              t.field("Tekst"),
              t.field("Status"),
              minister,
              t.field("DatumNakoming"),
              t.id()));
      commitmentWords.add(t.field("Tekst") == null ? Set.of() : words(t.field("Tekst")));
    }
    for (TkRecord doc : store.of("Document")) {
      String kst = kstId(doc);
      if (kst == null) {
        continue;
      }
      TkRecord zaak = first("Zaak", doc.linked("Zaak"));
      if (zaak == null) {
        zaak = zaakPointingAt(doc.id());
      }
      byKst.put(
          kst,
          new PaperRecord(
              kst,
              doc.field("DocumentNummer"),
              doc.field("Soort"),
              zaak == null ? null : zaak.field("Nummer"),
              zaak == null ? null : vote(zaak)));
    }
  }

  /** The kst id of a Document record, when it is a numbered Kamerstuk. */
  String kstId(TkRecord doc) {
    String volg = doc.field("Volgnummer");
    TkRecord dossier = first("Kamerstukdossier", doc.linked("Kamerstukdossier"));
    if (volg == null || dossier == null || dossier.field("Nummer") == null) {
      return null;
    }
    String suffix = dossier.field("Toevoeging");
    return "kst-"
        + dossier.field("Nummer")
        + (suffix == null || suffix.isBlank() ? "" : "-" + suffix.strip())
        + "-"
        + volg;
  }

  public Optional<PaperRecord> paper(String kstId) {
    return Optional.ofNullable(byKst.get(kstId));
  }

  public Map<String, PaperRecord> papers() {
    return byKst;
  }

  /** Ids of records of {@code fromType} that link to the record {@code type/id}. */
  private List<String> pointing(String type, String id, String fromType) {
    return pointingAt.getOrDefault(type + "/" + id + ">" + fromType, List.of());
  }

  private TkRecord zaakPointingAt(String documentId) {
    return first("Zaak", pointing("Document", documentId, "Zaak"));
  }

  private Vote vote(TkRecord zaak) {
    List<TkRecord> besluiten = new ArrayList<>();
    for (String id : zaak.linked("Besluit")) {
      TkRecord b = store.get("Besluit", id);
      if (b != null) {
        besluiten.add(b);
      }
    }
    for (String id : pointing("Zaak", zaak.id(), "Besluit")) {
      TkRecord b = store.get("Besluit", id);
      if (b != null && !besluiten.contains(b)) {
        besluiten.add(b);
      }
    }
    // the decision that carries votes is the vote; a later one (e.g. after a re-vote) wins
    besluiten.sort(
        Comparator.comparing(b -> b.field("GewijzigdOp") == null ? "" : b.field("GewijzigdOp")));
    for (int i = besluiten.size() - 1; i >= 0; i--) {
      TkRecord b = besluiten.get(i);
      List<TkRecord> votes = stemmingen(b);
      String decision = b.field("BesluitTekst");
      if (!votes.isEmpty() || (decision != null && isVerdict(decision))) {
        int forSeats = 0;
        int againstSeats = 0;
        List<String> forParties = new ArrayList<>();
        List<String> againstParties = new ArrayList<>();
        for (TkRecord s : votes) {
          if ("true".equals(s.field("Vergissing"))) {
            continue;
          }
          int seats = parse(s.field("FractieGrootte"));
          String party =
              s.field("ActorFractie") != null ? s.field("ActorFractie") : s.field("ActorNaam");
          String soort = s.field("Soort") == null ? "" : s.field("Soort").toLowerCase(Locale.ROOT);
          if (soort.equals("voor")) {
            forSeats += seats;
            forParties.add(party);
          } else if (soort.equals("tegen")) {
            againstSeats += seats;
            againstParties.add(party);
          }
        }
        return new Vote(
            decision == null ? null : decision.replaceAll("\\.$", ""),
            forSeats,
            againstSeats,
            forParties,
            againstParties);
      }
    }
    return null;
  }

  private static boolean isVerdict(String decision) {
    String d = decision.toLowerCase(Locale.ROOT);
    return d.startsWith("aangenomen") || d.startsWith("verworpen") || d.contains("ingetrokken");
  }

  private List<TkRecord> stemmingen(TkRecord besluit) {
    Set<String> ids = new java.util.LinkedHashSet<>(besluit.linked("Stemming"));
    ids.addAll(pointing("Besluit", besluit.id(), "Stemming"));
    List<TkRecord> out = new ArrayList<>();
    for (String id : ids) {
      TkRecord s = store.get("Stemming", id);
      if (s != null) {
        out.add(s);
      }
    }
    return out;
  }

  public List<Commitment> commitments() {
    return List.copyOf(commitments);
  }

  /**
   * The registered commitment whose text shares most words with {@code sentence} (Dice overlap of
   * word sets of four letters or more, at least 0.5), if any.
   */
  public Optional<Commitment> commitmentFor(String sentence) {
    Set<String> words = words(sentence);
    Commitment best = null;
    double bestScore = 0.5;
    for (int i = 0; i < commitments.size(); i++) {
      Commitment c = commitments.get(i);
      Set<String> other = commitmentWords.get(i);
      if (words.isEmpty() || other.isEmpty()) {
        continue;
      }
      Set<String> common = new HashSet<>(words);
      common.retainAll(other);
      double dice = 2.0 * common.size() / (words.size() + other.size());
      if (dice >= bestScore) {
        bestScore = dice;
        best = c;
      }
    }
    return Optional.ofNullable(best);
  }

  private static Set<String> words(String s) {
    Set<String> out = new HashSet<>();
    Tokens tokens = Tokens.of(s);
    for (int k = 0; k < tokens.size; k++) {
      if (tokens.folded[k].length() >= 4) {
        out.add(tokens.folded[k]);
      }
    }
    return out;
  }

  private TkRecord first(String type, List<String> ids) {
    for (String id : ids) {
      TkRecord r = store.get(type, id);
      if (r != null) {
        return r;
      }
    }
    return null;
  }

  private static int parse(String s) {
    try {
      return s == null ? 0 : Integer.parseInt(s.strip());
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
