package nl.koers.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Parses untrusted XML: no external entities, no external DTDs, the JDK's entity-expansion limits
 * (so billion-laughs fails fast), namespaces off so element names are as written.
 */
public final class SafeXml {
  private SafeXml() {}

  public static void parse(byte[] bytes, DefaultHandler handler) throws ReadException {
    try {
      SAXParserFactory factory = SAXParserFactory.newInstance();
      factory.setNamespaceAware(false);
      factory.setValidating(false);
      factory.setXIncludeAware(false);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      SAXParser parser = factory.newSAXParser();
      parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      parser.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      XMLReader reader = parser.getXMLReader();
      reader.setContentHandler(handler);
      reader.setErrorHandler(handler);
      // Whatever an entity points at, it resolves to nothing.
      reader.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
      reader.parse(new InputSource(new ByteArrayInputStream(bytes)));
    } catch (SAXParseException e) {
      throw new ReadException(
          "XML is not well-formed or unsafe (line " + e.getLineNumber() + "): " + e.getMessage());
    } catch (SAXException e) {
      if (e.getCause() instanceof ReadException re) {
        throw re;
      }
      throw new ReadException("XML could not be read: " + e.getMessage());
    } catch (IOException | ParserConfigurationException e) {
      throw new ReadException("XML could not be read: " + e.getMessage());
    }
  }
}
