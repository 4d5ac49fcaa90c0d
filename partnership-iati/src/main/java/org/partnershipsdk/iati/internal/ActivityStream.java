package org.partnershipsdk.iati.internal;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.validation.Schema;
import javax.xml.validation.ValidatorHandler;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.AttributesImpl;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads an IATI file once, as a stream: each {@code iati-activity} is handed over as a small DOM
 * document of its own (under a copy of the root element, so that the ruleset's absolute XPaths
 * apply), and every event goes to the 2.03 schema's validators at the same time, one for each
 * language the SDK ships (English, French, Spanish: the JDK's validator has its messages in each).
 * Memory holds one activity at a time, whatever the file's size. A document
 * type declaration is refused before anything it declares is used. Not for public use.
 */
public final class ActivityStream {
  /** The user-data key of an element's line in the file. */
  public static final String LINE = "partnership-sdk.line";

  private static final XMLInputFactory INPUT = inputFactory();
  private static final DocumentBuilderFactory DOM = domFactory();

  private final Schema schema;
  private final List<SchemaProblem> problems = new ArrayList<>();
  private int activities;

  /**
   * A violation of the schema, in each language the SDK ships.
   *
   * @param line its line
   * @param column its column
   * @param en the validator's message in English
   * @param fr the same in French
   * @param es the same in Spanish
   */
  public record SchemaProblem(int line, int column, String en, String fr, String es) {
    /**
     * @param locale the reader's locale
     * @return the validator's message in French for {@code fr}, in Spanish for {@code es}, in
     *     English otherwise
     */
    public String detail(Locale locale) {
      String language = locale == null ? "" : locale.getLanguage();
      return switch (language) {
        case "fr" -> fr;
        case "es" -> es;
        default -> en;
      };
    }
  }

  /**
   * Thrown when the file is not well-formed XML or declares a document type.
   */
  public static final class Unreadable extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final boolean doctype;
    private final int line;
    private final int column;

    Unreadable(boolean doctype, int line, int column, String message, Throwable cause) {
      super(message, cause);
      this.doctype = doctype;
      this.line = line;
      this.column = column;
    }

    /** @return whether the file was refused for declaring a document type */
    public boolean doctype() {
      return doctype;
    }

    /** @return where reading stopped */
    public int line() {
      return line;
    }

    /** @return where reading stopped */
    public int column() {
      return column;
    }
  }

  /** @param schema the schema every event is validated against */
  public ActivityStream(Schema schema) {
    this.schema = schema;
  }

  /**
   * @param in the file, read to its end and not closed
   * @param each receives each activity's document, whose root is a copy of the file's root and
   *     whose only child is the activity
   * @throws Unreadable if the file is not well-formed XML or declares a document type
   */
  public void read(InputStream in, Consumer<Document> each) {
    XMLStreamReader reader = null;
    try {
      reader = INPUT.createXMLStreamReader(in);
      new Pass(reader, each).run();
    } catch (XMLStreamException e) {
      Location at = e.getLocation();
      throw new Unreadable(false, at == null ? 0 : at.getLineNumber(), at == null ? 0 : at.getColumnNumber(),
          e.getMessage(), e);
    } finally {
      if (reader != null) {
        try {
          reader.close();
        } catch (XMLStreamException ignored) {
          // Closing a reader of a stream we do not own releases nothing the caller needs.
        }
      }
    }
  }

  /** @return the schema's violations, in the order of the file */
  public List<SchemaProblem> schemaProblems() {
    return List.copyOf(problems);
  }

  /** @return how many activities were read */
  public int activities() {
    return activities;
  }

  /** One reading of the stream. */
  private final class Pass {
    private final XMLStreamReader reader;
    private final Consumer<Document> each;
    private final ValidatorHandler english;
    private final ValidatorHandler french;
    private final ValidatorHandler spanish;
    private final List<SAXParseException> frenchProblems = new ArrayList<>();
    private final List<SAXParseException> spanishProblems = new ArrayList<>();
    private Element root;
    private Document activity;
    private Node current;
    private int depth;

    Pass(XMLStreamReader reader, Consumer<Document> each) {
      this.reader = reader;
      this.each = each;
      this.english = validator(Locale.ENGLISH, null);
      this.french = validator(Locale.FRENCH, frenchProblems);
      this.spanish = validator(Locale.forLanguageTag("es"), spanishProblems);
    }

    private ValidatorHandler validator(Locale locale, List<SAXParseException> into) {
      ValidatorHandler handler = schema.newValidatorHandler();
      try {
        handler.setProperty("http://apache.org/xml/properties/locale", locale);
      } catch (SAXException unsupported) {
        // Messages in the JDK's default language: still every problem, at its place.
      }
      handler.setErrorHandler(new DefaultHandler() {
        @Override
        public void error(SAXParseException e) {
          if (into == null) {
            problems.add(new SchemaProblem(e.getLineNumber(), e.getColumnNumber(), e.getMessage(), e.getMessage(),
                e.getMessage()));
          } else {
            into.add(e);
          }
        }

        @Override
        public void fatalError(SAXParseException e) {
          error(e);
        }
      });
      Locator locator = new Locator() {
        @Override
        public String getPublicId() {
          return null;
        }

        @Override
        public String getSystemId() {
          return null;
        }

        @Override
        public int getLineNumber() {
          return reader.getLocation().getLineNumber();
        }

        @Override
        public int getColumnNumber() {
          return reader.getLocation().getColumnNumber();
        }
      };
      handler.setDocumentLocator(locator);
      return handler;
    }

    void run() throws XMLStreamException {
      try {
        english.startDocument();
        french.startDocument();
        spanish.startDocument();
        while (reader.hasNext()) {
          switch (reader.next()) {
            case XMLStreamConstants.DTD -> throw new Unreadable(true, reader.getLocation().getLineNumber(),
                reader.getLocation().getColumnNumber(), "document type declaration", null);
            case XMLStreamConstants.START_ELEMENT -> start();
            case XMLStreamConstants.END_ELEMENT -> end();
            case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> text();
            default -> {
              // Comments and processing instructions are neither validated nor checked.
            }
          }
        }
        english.endDocument();
        french.endDocument();
        spanish.endDocument();
      } catch (SAXException e) {
        throw new XMLStreamException(e.getMessage(), reader.getLocation(), e);
      }
      // The validators see the same events, so they report the same violations in the same order.
      for (int i = 0; i < problems.size(); i++) {
        SchemaProblem problem = problems.get(i);
        problems.set(i, new SchemaProblem(problem.line(), problem.column(), problem.en(),
            message(frenchProblems, i, problem.en()), message(spanishProblems, i, problem.en())));
      }
    }

    private String message(List<SAXParseException> problems, int i, String english) {
      return i < problems.size() ? problems.get(i).getMessage() : english;
    }

    private void start() throws SAXException {
      depth++;
      AttributesImpl attributes = new AttributesImpl();
      for (int i = 0; i < reader.getAttributeCount(); i++) {
        String uri = nullToEmpty(reader.getAttributeNamespace(i));
        String local = reader.getAttributeLocalName(i);
        attributes.addAttribute(uri, local, qualified(reader.getAttributePrefix(i), local), "CDATA",
            reader.getAttributeValue(i));
      }
      String uri = nullToEmpty(reader.getNamespaceURI());
      String local = reader.getLocalName();
      String qName = qualified(reader.getPrefix(), local);
      for (int i = 0; i < reader.getNamespaceCount(); i++) {
        english.startPrefixMapping(nullToEmpty(reader.getNamespacePrefix(i)), nullToEmpty(reader.getNamespaceURI(i)));
        french.startPrefixMapping(nullToEmpty(reader.getNamespacePrefix(i)), nullToEmpty(reader.getNamespaceURI(i)));
        spanish.startPrefixMapping(nullToEmpty(reader.getNamespacePrefix(i)), nullToEmpty(reader.getNamespaceURI(i)));
      }
      english.startElement(uri, local, qName, attributes);
      french.startElement(uri, local, qName, attributes);
      spanish.startElement(uri, local, qName, attributes);

      if (depth == 1) {
        root = element(newDocument(), uri, qName, attributes);
      } else if (depth == 2 && activity == null && "iati-activity".equals(local) && uri.isEmpty()) {
        activities++;
        activity = newDocument();
        Node copy = activity.importNode(root, false);
        activity.appendChild(copy);
        current = copy.appendChild(element(activity, uri, qName, attributes));
      } else if (activity != null) {
        current = current.appendChild(element(activity, uri, qName, attributes));
      }
    }

    private Element element(Document document, String uri, String qName, AttributesImpl attributes) {
      Element element = document.createElementNS(uri.isEmpty() ? null : uri, qName);
      for (int i = 0; i < attributes.getLength(); i++) {
        String attributeUri = attributes.getURI(i);
        element.setAttributeNS(attributeUri.isEmpty() ? null : attributeUri, attributes.getQName(i),
            attributes.getValue(i));
      }
      element.setUserData(LINE, reader.getLocation().getLineNumber(), null);
      return element;
    }

    private void end() throws SAXException {
      String uri = nullToEmpty(reader.getNamespaceURI());
      String qName = qualified(reader.getPrefix(), reader.getLocalName());
      english.endElement(uri, reader.getLocalName(), qName);
      french.endElement(uri, reader.getLocalName(), qName);
      spanish.endElement(uri, reader.getLocalName(), qName);
      for (int i = 0; i < reader.getNamespaceCount(); i++) {
        english.endPrefixMapping(nullToEmpty(reader.getNamespacePrefix(i)));
        french.endPrefixMapping(nullToEmpty(reader.getNamespacePrefix(i)));
        spanish.endPrefixMapping(nullToEmpty(reader.getNamespacePrefix(i)));
      }
      if (activity != null) {
        if (depth == 2) {
          each.accept(activity);
          activity = null;
          current = null;
        } else {
          current = current.getParentNode();
        }
      }
      depth--;
    }

    private void text() throws SAXException {
      char[] characters = reader.getTextCharacters();
      int start = reader.getTextStart();
      int length = reader.getTextLength();
      english.characters(characters, start, length);
      french.characters(characters, start, length);
      spanish.characters(characters, start, length);
      if (activity != null) {
        current.appendChild(activity.createTextNode(new String(characters, start, length)));
      }
    }
  }

  private static String qualified(String prefix, String local) {
    return prefix == null || prefix.isEmpty() ? local : prefix + ":" + local;
  }

  private static String nullToEmpty(String text) {
    return text == null ? "" : text;
  }

  private static Document newDocument() {
    try {
      return DOM.newDocumentBuilder().newDocument();
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("The JDK's DOM builder is not configurable", e);
    }
  }

  private static XMLInputFactory inputFactory() {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    // The DTD event is refused as it arrives; nothing external is ever fetched or expanded.
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    return factory;
  }

  private static DocumentBuilderFactory domFactory() {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory;
  }
}
