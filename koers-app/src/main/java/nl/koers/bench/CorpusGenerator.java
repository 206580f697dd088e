package nl.koers.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import nl.koers.annotate.DutchDates;
import nl.koers.document.Document;
import nl.koers.document.Segment;
import nl.koers.document.SegmentType;
import nl.koers.pipeline.Outcome;
import nl.koers.pipeline.PaperProcessor;

/**
 * Makes realistic papers at any size, deterministically from a seed: headers, dossiers, kinds,
 * dates, signatures, Kamerstuk references and motions around running text recombined from the
 * sentences of the real papers in a corpus folder, read at run time (nothing of them is stored in
 * the repository). The sentences bring their entity mentions and figures with them.
 */
public final class CorpusGenerator {
  /** A generated paper: a file name, its text, and how many paragraphs (passages) it has. */
  public record Paper(String name, String text, int paragraphs) {
    public byte[] bytes() {
      return text.getBytes(StandardCharsets.UTF_8);
    }
  }

  private static final String[] DOSSIERS = {
    "21 501-02", "21 501-20", "36 045", "28 676", "35 570 V", "22 181", "32 735"
  };
  private static final String[] TITLES = {
    "Raad Algemene Zaken en Raad Buitenlandse Zaken",
    "Europese Raad",
    "Situatie in Oekraïne",
    "NAVO",
    "Vaststelling begroting Buitenlandse Zaken",
    "Midden-Oosten",
    "Mensenrechten in het buitenlands beleid"
  };
  private static final String[] MEMBERS = {
    "Piri", "Sjoerdsma", "Van der Lee", "Brekelmans", "Dassen", "Boswijk", "Ceder", "Hoogeveen"
  };
  private static final String[] MINISTERS = {
    "S.A. Blok", "C.C.J. Veldkamp", "W.B. Hoekstra", "D.M. van Weel", "H.G.J. Bruins Slot"
  };

  private final List<String> sentences;

  private CorpusGenerator(List<String> sentences) {
    this.sentences = sentences;
  }

  /** Collects the sentences of every {@code .txt} and {@code .md} paper under a folder. */
  public static CorpusGenerator from(Path corpus) throws IOException {
    List<String> out = new ArrayList<>();
    PaperProcessor processor = PaperProcessor.standard();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(corpus)) {
      files =
          walk.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".md"))
              .sorted()
              .toList();
    }
    for (Path f : files) {
      Outcome o = processor.process(f);
      if (o.status() != Outcome.Status.READ) {
        continue;
      }
      Document d = o.document();
      for (Segment s : d.segments(SegmentType.SENTENCE)) {
        String q = d.quote(s.span()).replaceAll("\\s+", " ").strip();
        if (q.length() >= 40 && q.length() <= 400 && !q.startsWith("Nr.")) {
          out.add(q);
        }
      }
    }
    if (out.isEmpty()) {
      throw new IOException("no sentences found under " + corpus + " to recombine");
    }
    return new CorpusGenerator(List.copyOf(out));
  }

  public int sentenceCount() {
    return sentences.size();
  }

  /** Papers until their paragraphs reach {@code passages}, the same for the same seed. */
  public List<Paper> generate(long seed, int passages) {
    List<Paper> papers = new ArrayList<>();
    stream(seed, passages).forEach(papers::add);
    return papers;
  }

  /**
   * The same papers as {@link #generate}, made one at a time each time the result is iterated, so a
   * million passages never sit in memory together: the benchmark measures Koers' memory, not its
   * own.
   */
  public Iterable<Paper> stream(long seed, int passages) {
    return () ->
        new java.util.Iterator<>() {
          private final Random r = new Random(seed);
          private int i;
          private int total;

          @Override
          public boolean hasNext() {
            return total < passages;
          }

          @Override
          public Paper next() {
            if (!hasNext()) {
              throw new java.util.NoSuchElementException();
            }
            Paper p = paper(r, i++);
            total += p.paragraphs();
            return p;
          }
        };
  }

  private Paper paper(Random r, int i) {
    String dossier = DOSSIERS[r.nextInt(DOSSIERS.length)];
    String title = TITLES[r.nextInt(TITLES.length)];
    int number = 1000 + i;
    int year = 2010 + r.nextInt(16);
    String date = (1 + r.nextInt(28)) + " " + DutchDates.monthName(1 + r.nextInt(12)) + " " + year;
    int kind = r.nextInt(100);
    StringBuilder b = new StringBuilder();
    b.append("Tweede Kamer der Staten-Generaal\n\nVergaderjaar ")
        .append(year)
        .append("–")
        .append(year + 1)
        .append("\n\n");
    b.append(dossier).append(' ').append(title).append("\n\nNr. ").append(number).append(' ');
    String member = MEMBERS[r.nextInt(MEMBERS.length)];
    if (kind < 15) {
      b.append("MOTIE VAN HET LID ")
          .append(member.toUpperCase(Locale.ROOT))
          .append(" C.S.\n\nVoorgesteld ")
          .append(date)
          .append("\n\n");
    } else if (kind < 35) {
      b.append("VERSLAG VAN EEN SCHRIFTELIJK OVERLEG\n\nVastgesteld ").append(date).append("\n\n");
    } else {
      b.append(
              "BRIEF VAN DE MINISTER VAN BUITENLANDSE ZAKEN\n\nAan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDen Haag, ")
          .append(date)
          .append("\n\n");
    }
    int paragraphs = 6 + r.nextInt(8);
    for (int p = 0; p < paragraphs; p++) {
      int n = 2 + r.nextInt(4);
      for (int s = 0; s < n; s++) {
        b.append(sentences.get(r.nextInt(sentences.size()))).append(' ');
      }
      if (r.nextInt(6) == 0) {
        b.append("Zie ook Kamerstuk ")
            .append(DOSSIERS[r.nextInt(DOSSIERS.length)])
            .append(", nr. ")
            .append(100 + r.nextInt(3000))
            .append(". ");
      }
      if (r.nextInt(12) == 0) {
        b.append("Hiermee geef ik uitvoering aan de motie van het lid ")
            .append(MEMBERS[r.nextInt(MEMBERS.length)])
            .append(" (Kamerstuk ")
            .append(dossier)
            .append(", nr. ")
            .append(number - 1 - r.nextInt(50))
            .append("). ");
      }
      b.append("\n\n");
    }
    if (kind < 15) {
      b.append(member).append("\n");
    } else {
      b.append("De Minister van Buitenlandse Zaken,\n")
          .append(MINISTERS[r.nextInt(MINISTERS.length)])
          .append("\n");
    }
    return new Paper(String.format(Locale.ROOT, "paper-%07d.txt", i), b.toString(), paragraphs);
  }

  /** Writes the papers as files, for the baselines that read files (ripgrep). */
  public static void write(Iterable<Paper> papers, Path dir) throws IOException {
    Files.createDirectories(dir);
    for (Paper p : papers) {
      Files.writeString(dir.resolve(p.name()), p.text(), StandardCharsets.UTF_8);
    }
  }
}
