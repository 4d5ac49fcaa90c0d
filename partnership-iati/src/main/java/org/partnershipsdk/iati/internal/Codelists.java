package org.partnershipsdk.iati.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The IATI codelists shipped with the module (one CSV per list: code, names in English and
 * French, status, withdrawal date) and {@code mapping.xml}, which says which list applies to which
 * attribute, under which condition. A mapping to a list the module does not ship is left out. Not
 * for public use.
 */
public final class Codelists {
  /** Where the shipped reference data is, inside the module. */
  static final String BASE = "/partnership-sdk/iati/2.03/";

  private static final Codelists SHIPPED = load();

  private final Map<String, Map<String, Item>> lists;
  private final List<Mapping> mappings;

  /**
   * A code of a list.
   *
   * @param code the code
   * @param nameEn its name in English
   * @param nameFr its name in French, or the English one when the list gives none
   * @param withdrawn whether it was withdrawn from the list
   */
  public record Item(String code, String nameEn, String nameFr, boolean withdrawn) {}

  /**
   * Which list the values at a path must be on.
   *
   * @param path an XPath to attributes, such as {@code //iati-activity/sector/@code}
   * @param list the codelist's name, such as {@code Sector}
   * @param condition an XPath evaluated on the attribute's element; the mapping applies where it
   *     is true, or always when empty
   */
  public record Mapping(String path, String list, Optional<String> condition) {}

  private Codelists(Map<String, Map<String, Item>> lists, List<Mapping> mappings) {
    this.lists = lists;
    this.mappings = mappings;
  }

  /** @return the lists and mappings shipped with the module */
  public static Codelists shipped() {
    return SHIPPED;
  }

  /** @return the mappings whose list is shipped */
  public List<Mapping> mappings() {
    return mappings;
  }

  /**
   * @param list a list's name
   * @param code a code
   * @return the item, if the code is on the list
   */
  public Optional<Item> item(String list, String code) {
    Map<String, Item> items = lists.get(list);
    return items == null ? Optional.empty() : Optional.ofNullable(items.get(code));
  }

  /**
   * @param list a list's name
   * @return its codes, such as the organisation registration agencies' prefixes
   */
  public java.util.Set<String> codes(String list) {
    return lists.getOrDefault(list, Map.of()).keySet();
  }

  private static Codelists load() {
    Map<String, Map<String, Item>> lists = new HashMap<>();
    List<Mapping> mappings = new ArrayList<>();
    for (Mapping mapping : readMappings()) {
      if (!lists.containsKey(mapping.list())) {
        Optional<Map<String, Item>> items = readList(mapping.list());
        if (items.isEmpty()) {
          continue;
        }
        lists.put(mapping.list(), items.get());
      }
      mappings.add(mapping);
    }
    readList("OrganisationRegistrationAgency").ifPresent(items -> lists.put("OrganisationRegistrationAgency", items));
    return new Codelists(Map.copyOf(lists), List.copyOf(mappings));
  }

  private static List<Mapping> readMappings() {
    try (InputStream in = Codelists.class.getResourceAsStream(BASE + "codelists/mapping.xml")) {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      Document document = factory.newDocumentBuilder().parse(in);
      NodeList nodes = document.getElementsByTagName("mapping");
      List<Mapping> mappings = new ArrayList<>();
      for (int i = 0; i < nodes.getLength(); i++) {
        Element mapping = (Element) nodes.item(i);
        String path = text(mapping, "path");
        String list = ((Element) mapping.getElementsByTagName("codelist").item(0)).getAttribute("ref");
        String condition = text(mapping, "condition");
        mappings.add(new Mapping(path, list, condition.isEmpty() ? Optional.empty() : Optional.of(condition)));
      }
      return mappings;
    } catch (Exception e) {
      throw new IllegalStateException("The shipped codelists/mapping.xml cannot be read", e);
    }
  }

  private static String text(Element parent, String name) {
    NodeList found = parent.getElementsByTagName(name);
    return found.getLength() == 0 ? "" : found.item(0).getTextContent().strip();
  }

  private static Optional<Map<String, Item>> readList(String name) {
    InputStream in = Codelists.class.getResourceAsStream(BASE + "codelists/" + name + ".csv");
    if (in == null) {
      return Optional.empty();
    }
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      List<String> header = Csv.fields(reader.readLine());
      int code = header.indexOf("code");
      int en = header.indexOf("name_en");
      int fr = header.indexOf("name_fr");
      int status = header.indexOf("status");
      Map<String, Item> items = new HashMap<>();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        List<String> fields = Csv.fields(line);
        String french = fr >= 0 && !fields.get(fr).isEmpty() ? fields.get(fr) : fields.get(en);
        items.put(fields.get(code), new Item(fields.get(code), fields.get(en), french,
            status >= 0 && "withdrawn".equals(fields.get(status))));
      }
      return Optional.of(Map.copyOf(items));
    } catch (IOException e) {
      throw new UncheckedIOException("The shipped codelist " + name + " cannot be read", e);
    }
  }

  /** The CSV of the shipped lists: commas, double quotes around fields that hold them. */
  static final class Csv {
    private Csv() {}

    static List<String> fields(String line) {
      List<String> fields = new ArrayList<>();
      StringBuilder field = new StringBuilder();
      boolean quoted = false;
      for (int i = 0; i < line.length(); i++) {
        char c = line.charAt(i);
        if (quoted) {
          if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
            field.append('"');
            i++;
          } else if (c == '"') {
            quoted = false;
          } else {
            field.append(c);
          }
        } else if (c == '"') {
          quoted = true;
        } else if (c == ',') {
          fields.add(field.toString());
          field.setLength(0);
        } else {
          field.append(c);
        }
      }
      fields.add(field.toString());
      return fields;
    }
  }
}
