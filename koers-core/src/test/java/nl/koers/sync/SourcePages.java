package nl.koers.sync;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import nl.koers.read.Fixtures;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Project-written pages in the published formats of the sources: OData v4 JSON of {@code Document}
 * with {@code @odata.nextLink}, SyncFeed Atom with a {@code skiptoken} and a deletion, SRU 2.0
 * responses with {@code nextRecordPosition}, KOOP XML with its metadata.xml, and PDFs.
 */
final class SourcePages {
  static final String DOC_A = "0a1b2c3d-0000-4000-8000-00000000000a";
  static final String DOC_B = "0a1b2c3d-0000-4000-8000-00000000000b";
  static final String DOC_C = "0a1b2c3d-0000-4000-8000-00000000000c";
  static final String ZAAK_1 = "5e6f7a8b-0000-4000-8000-000000000001";
  static final String ZAAK_2 = "5e6f7a8b-0000-4000-8000-000000000002";
  static final String ZAAK_3 = "5e6f7a8b-0000-4000-8000-000000000003";

  private static final Fixtures FIXTURES = new Fixtures();

  private SourcePages() {}

  static String odataPage1(String base) {
    return String.format(
        java.util.Locale.ROOT,
        """
        {"@odata.context":"%1$s/odata/$metadata#Document(Kamerstukdossier())",
         "value":[
          {"Id":"%2$s","Soort":"Brief regering","DocumentNummer":"2026D10010",
           "Titel":"Verslag van een informele bijeenkomst van ministers",
           "Onderwerp":"Verslag informele bijeenkomst","Datum":"2026-03-10T00:00:00+01:00",
           "Volgnummer":3110,"ContentType":"application/pdf","ContentLength":%3$s,
           "GewijzigdOp":"2026-03-10T12:00:00+01:00","Verwijderd":false,
           "Kamerstukdossier":[{"Id":"9c8d7e6f-0000-4000-8000-000000000001","Nummer":21501,
             "Toevoeging":"02","Titel":"Raad Algemene Zaken en Raad Buitenlandse Zaken",
             "Verwijderd":false}]}
         ],
         "@odata.nextLink":"%1$s/odata/Document?$skiptoken=2"}
        """,
        base,
        DOC_A,
        "1000");
  }

  static String odataPage2() {
    return String.format(
        java.util.Locale.ROOT,
        """
        {"@odata.context":"http://ignored/odata/$metadata#Document(Kamerstukdossier())",
         "value":[
          {"Id":"%1$s","Soort":"Lijst van vragen","DocumentNummer":"2026D10020",
           "Titel":"Vragen over de steun aan een buurland","Datum":"2026-03-12T00:00:00+01:00",
           "Volgnummer":0,"ContentType":"application/pdf","ContentLength":900,
           "GewijzigdOp":"2026-03-12T09:30:00+01:00","Verwijderd":false,"Kamerstukdossier":[]},
          {"Id":"%2$s","Soort":"Agenda","DocumentNummer":"2026D10030","Titel":"Agenda zonder bestand",
           "Datum":"2026-03-13T00:00:00+01:00","GewijzigdOp":"2026-03-13T08:00:00+01:00",
           "Verwijderd":false,"Kamerstukdossier":[]}
         ]}
        """,
        DOC_B,
        DOC_C);
  }

  static String feedPage1(String base) {
    return String.format(
        java.util.Locale.ROOT,
        """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom">
          <title>SyncFeed</title>
          <id>%1$s/feed</id>
          <updated>2026-03-14T10:00:00Z</updated>
          <link rel="self" href="%1$s/feed?category=Zaak"/>
          <link rel="next" href="%1$s/feed?category=Zaak&amp;skiptoken=100"/>
          %2$s
          %3$s
        </feed>
        """,
        base,
        zaak(ZAAK_1, "2026Z04001", "Motie over hulp bij de wederopbouw", false),
        zaak(ZAAK_2, "2026Z04002", "Motie over een gezamenlijke aanpak", false));
  }

  static String feedPage2(String base) {
    return String.format(
        java.util.Locale.ROOT,
        """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom">
          <title>SyncFeed</title>
          <id>%1$s/feed</id>
          <updated>2026-03-14T10:05:00Z</updated>
          <link rel="self" href="%1$s/feed?category=Zaak&amp;skiptoken=100"/>
          %2$s
          %3$s
        </feed>
        """,
        base,
        zaak(ZAAK_1, "2026Z04001", "Motie over hulp bij de wederopbouw", true),
        zaak(ZAAK_3, "2026Z04003", "Motie over het sanctiebeleid", false));
  }

  private static String zaak(String id, String nummer, String titel, boolean deleted) {
    return String.format(
        java.util.Locale.ROOT,
        """
        <entry>
            <title>%1$s</title>
            <id>https://example.invalid/SyncFeed/2.0/Entiteiten/%1$s</id>
            <category term="Zaak"/>
            <content type="application/xml">
              <zaak xmlns="http://www.tweedekamer.nl/xsd/tkData/v1-0"
                    xmlns:tk="http://www.tweedekamer.nl/xsd/tkData/v1-0"
                    id="%1$s" tk:bijgewerkt="2026-03-14T09:00:00" tk:verwijderd="%4$s">
                <nummer>%2$s</nummer><soort>Motie</soort><titel>%3$s</titel>
                <kamerstukdossier ref="9c8d7e6f-0000-4000-8000-000000000001"/>
              </zaak>
            </content>
          </entry>""",
        id,
        nummer,
        titel,
        deleted);
  }

  /** An SRU 2.0 response; hits are {@code {id, modified, xmlUrl or null, metadataUrl or null}}. */
  static String sru(int next, String[]... hits) {
    StringBuilder r = new StringBuilder();
    int pos = 1;
    for (String[] h : hits) {
      r.append(
          String.format(
              java.util.Locale.ROOT,
              """
          <sru:record>
            <sru:recordSchema>http://standaarden.overheid.nl/sru/</sru:recordSchema>
            <sru:recordPacking>xml</sru:recordPacking>
            <sru:recordData>
              <gzd:gzd xmlns:gzd="http://standaarden.overheid.nl/sru"
                  xmlns:overheidwetgeving="http://standaarden.overheid.nl/wetgeving/"
                  xmlns:dcterms="http://purl.org/dc/terms/">
                <gzd:originalData><overheidwetgeving:meta><overheidwetgeving:owmskern>
                  <dcterms:identifier>%s</dcterms:identifier>
                  <dcterms:title>Brief over de inzet bij de Raad</dcterms:title>
                  <dcterms:type scheme="OVERHEIDop.Parlementair">Kamerstuk</dcterms:type>
                  <dcterms:modified>%s</dcterms:modified>
                </overheidwetgeving:owmskern></overheidwetgeving:meta></gzd:originalData>
                <gzd:enrichedData>
          """,
              h[0],
              h[1]));
      if (h[2] != null) {
        r.append("<gzd:itemUrl manifestation=\"xml\">").append(h[2]).append("</gzd:itemUrl>\n");
      }
      if (h[3] != null) {
        r.append("<gzd:itemUrl manifestation=\"metadata\">")
            .append(h[3])
            .append("</gzd:itemUrl>\n");
      }
      r.append("</gzd:enrichedData></gzd:gzd></sru:recordData>\n<sru:recordPosition>")
          .append(pos++)
          .append("</sru:recordPosition></sru:record>\n");
    }
    return String.format(
        java.util.Locale.ROOT,
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <sru:searchRetrieveResponse xmlns:sru="http://docs.oasis-open.org/ns/search-ws/sruResponse">
          <sru:version>2.0</sru:version>
          <sru:numberOfRecords>3</sru:numberOfRecords>
          <sru:records>
        %s
          </sru:records>
          %s
        </sru:searchRetrieveResponse>
        """,
        r,
        next > 0 ? "<sru:nextRecordPosition>" + next + "</sru:nextRecordPosition>" : "");
  }

  /** The project's sample Kamerstuk as KOOP XML, renumbered so each number is its own paper. */
  static byte[] koopXml(String nr) {
    return new String(FIXTURES.koopXml(false), StandardCharsets.UTF_8)
        .replace("3101", nr)
        .getBytes(StandardCharsets.UTF_8);
  }

  static byte[] metadataXml(String nr) {
    return new String(FIXTURES.metadataXml(), StandardCharsets.UTF_8)
        .replace("3101", nr)
        .getBytes(StandardCharsets.UTF_8);
  }

  /** A one-page PDF with these lines, written with PDFBox. */
  static byte[] pdf(String... lines) {
    try (PDDocument doc = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
        s.beginText();
        s.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
        s.newLineAtOffset(60, 720);
        for (String line : lines) {
          s.showText(line);
          s.newLineAtOffset(0, -16);
        }
        s.endText();
      }
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
