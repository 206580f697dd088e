package nl.koers.analyse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.koers.document.Annotation;
import nl.koers.document.AnnotationType;
import nl.koers.document.Document;
import nl.koers.document.TextSpan;

/** Where an entity is mentioned: per paper, its date and the sentences that name it. */
public final class EntityMentions {
  /** One paper's mentions; {@code quotes} are distinct sentences in text order. */
  public record Paper(
      String paper,
      String title,
      String date,
      boolean dateInferred,
      int mentions,
      List<String> forms,
      List<String> quotes) {}

  private EntityMentions() {}

  public static List<Paper> of(List<Document> papers, String entity) {
    List<Paper> out = new ArrayList<>();
    for (Document d : papers) {
      Map<TextSpan, String> quotes = new LinkedHashMap<>();
      List<String> forms = new ArrayList<>();
      int n = 0;
      for (Annotation a : d.annotations(AnnotationType.ENTITY)) {
        if (!a.value().equals(entity)) {
          continue;
        }
        n++;
        String form = d.quote(a.span());
        if (!forms.contains(form)) {
          forms.add(form);
        }
        TextSpan s = Quotes.sentenceAt(d, a.span().begin());
        quotes.putIfAbsent(s, d.quote(s).replaceAll("\\s+", " ").strip());
      }
      if (n == 0) {
        continue;
      }
      PaperDate when = PaperDate.of(d);
      out.add(
          new Paper(
              d.id(),
              nl.koers.index.DocumentMapper.title(d),
              when.date() == null ? null : when.date().toString(),
              when.inferred(),
              n,
              forms,
              List.copyOf(quotes.values())));
    }
    return out;
  }
}
