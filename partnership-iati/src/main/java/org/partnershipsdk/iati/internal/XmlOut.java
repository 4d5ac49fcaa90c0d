package org.partnershipsdk.iati.internal;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * An XML writer on the JDK's StAX that indents by two spaces and whose failures are unchecked: a
 * thin layer so that the mapping reads as the document it writes. Not for public use.
 */
public final class XmlOut implements AutoCloseable {
  private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

  private final XMLStreamWriter writer;
  private int depth;
  private boolean childless;

  /** Thrown when the target fails. */
  public static final class Failure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Failure(XMLStreamException cause) {
      super(cause.getMessage(), cause);
    }
  }

  /** @param out the target, in UTF-8; flushed by {@link #close()}, not closed */
  public XmlOut(OutputStream out) {
    try {
      this.writer = FACTORY.createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
    } catch (XMLStreamException e) {
      throw new Failure(e);
    }
  }

  /**
   * @param comment a comment written after the declaration, or null
   * @return this
   */
  public XmlOut startDocument(String comment) {
    try {
      writer.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
      if (comment != null) {
        writer.writeCharacters("\n");
        writer.writeComment(" " + comment.replace("--", "- -") + " ");
      }
    } catch (XMLStreamException e) {
      throw new Failure(e);
    }
    return this;
  }

  /**
   * @param name an element's name
   * @return this
   */
  public XmlOut start(String name) {
    try {
      newLine();
      writer.writeStartElement(name);
      depth++;
      childless = true;
    } catch (XMLStreamException e) {
      throw new Failure(e);
    }
    return this;
  }

  /**
   * @param name an attribute's name; {@code xml:lang} is written in the XML namespace
   * @param value its value; nothing is written when it is null
   * @return this
   */
  public XmlOut attribute(String name, String value) {
    if (value == null) {
      return this;
    }
    try {
      if (name.equals("xml:lang")) {
        writer.writeAttribute(XMLConstants.XML_NS_PREFIX, XMLConstants.XML_NS_URI, "lang", value);
      } else {
        writer.writeAttribute(name, value);
      }
    } catch (XMLStreamException e) {
      throw new Failure(e);
    }
    return this;
  }

  /**
   * @param text the element's text
   * @return this
   */
  public XmlOut text(String text) {
    try {
      writer.writeCharacters(text);
      childless = false;
      depth--;
      writer.writeEndElement();
      childless = false;
    } catch (XMLStreamException e) {
      throw new Failure(e);
    }
    return this;
  }

  /**
   * Closes the current element.
   *
   * @return this
   */
  public XmlOut end() {
    try {
      depth--;
      if (!childless) {
        newLine();
      }
      writer.writeEndElement();
      childless = false;
    } catch (XMLStreamException e) {
      throw new Failure(e);
    }
    return this;
  }

  /**
   * @param name an element with attributes only
   * @param attributes names and values, alternately; null values are left out
   * @return this
   */
  public XmlOut empty(String name, String... attributes) {
    try {
      newLine();
      writer.writeEmptyElement(name);
      for (int i = 0; i + 1 < attributes.length; i += 2) {
        attribute(attributes[i], attributes[i + 1]);
      }
      childless = false;
    } catch (XMLStreamException e) {
      throw new Failure(e);
    }
    return this;
  }

  /** Flushes the document; the target stays open. */
  @Override
  public void close() {
    try {
      writer.writeCharacters("\n");
      writer.writeEndDocument();
      writer.flush();
      writer.close();
    } catch (XMLStreamException e) {
      throw new Failure(e);
    }
  }

  /** Flushes what was written so far. */
  public void flush() {
    try {
      writer.flush();
    } catch (XMLStreamException e) {
      throw new Failure(e);
    }
  }

  private void newLine() throws XMLStreamException {
    writer.writeCharacters("\n" + "  ".repeat(depth));
  }
}
