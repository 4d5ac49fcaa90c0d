package org.partnershipsdk.rules.cel.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * Reads a rule file, YAML or JSON, into {@link Node}s that know their line and column. A file is
 * one document; anchors and aliases (which can make a small YAML file expand to billions of
 * values), duplicate names and deep nesting are refused. Not for public use.
 */
public final class FileTree {
  /** Deepest nesting of lists and mappings. */
  public static final int MAX_NESTING = 32;

  private static final StreamReadConstraints CONSTRAINTS = StreamReadConstraints.builder()
      .maxNestingDepth(MAX_NESTING)
      .maxStringLength(100_000)
      .maxNumberLength(50)
      .maxDocumentLength(RuleFileLimits.MAX_FILE_CHARACTERS)
      .build();
  private static final TokenStreamFactory YAML = YAMLFactory.builder().streamReadConstraints(CONSTRAINTS).build();
  private static final TokenStreamFactory JSON = JsonFactory.builder().streamReadConstraints(CONSTRAINTS).build();

  /**
   * Why a file could not be read as a tree: the key of its text in {@link RuleFileTexts}
   * ({@code rules.file.syntax} or a variant of it, each with a {@code {language}} placeholder) and
   * its arguments.
   */
  public static final class SyntaxException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient Node.Location location;
    private final transient String key;
    private final transient Map<String, ?> arguments;

    /** The parser's own words, in English: text {@code rules.file.syntax}. */
    SyntaxException(Node.Location location, String detail) {
      this(location, "", Map.of("detail", detail), detail);
    }

    /**
     * @param variant the variant of {@code rules.file.syntax}, such as {@code .empty}
     * @param english what is wrong, in English, for the exception's own message
     */
    SyntaxException(Node.Location location, String variant, Map<String, ?> arguments, String english) {
      super(english);
      this.location = location;
      this.key = Problems.SYNTAX + variant;
      this.arguments = Map.copyOf(arguments);
    }

    /** @return where */
    public Node.Location location() {
      return location;
    }

    /** @return the key of its text, such as {@code rules.file.syntax.empty} */
    public String key() {
      return key;
    }

    /** @return the values of its text's placeholders, but {@code {language}} */
    public Map<String, ?> arguments() {
      return arguments;
    }
  }

  private final JsonParser parser;

  private FileTree(JsonParser parser) {
    this.parser = parser;
  }

  /**
   * @param text the file's content
   * @param json whether to read it as JSON rather than YAML
   * @return its root value
   * @throws SyntaxException if it is not one well-formed document without anchors or aliases
   */
  public static Node read(String text, boolean json) throws SyntaxException {
    TokenStreamFactory factory = json ? JSON : YAML;
    try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), text)) {
      FileTree tree = new FileTree(parser);
      JsonToken first = tree.next();
      if (first == null) {
        throw new SyntaxException(new Node.Location(1, 1, ""), ".empty", Map.of(), "the file is empty");
      }
      Node root = tree.value("");
      if (tree.next() != null) {
        throw new SyntaxException(tree.location(""), ".documents", Map.of(), "more than one document in the file");
      }
      return root;
    } catch (JacksonException e) {
      TokenStreamLocation at = e.getLocation();
      String message = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
      throw new SyntaxException(new Node.Location(at == null ? 1 : Math.max(1, at.getLineNr()),
          at == null ? 1 : Math.max(1, at.getColumnNr()), ""), firstLine(message));
    }
  }

  private JsonToken next() throws SyntaxException {
    JsonToken token = parser.nextToken();
    if (parser instanceof YAMLParser yaml && token != null
        && (yaml.isCurrentAlias() || yaml.getObjectId() != null)) {
      throw new SyntaxException(location(""), ".alias", Map.of(), "anchors (&) and aliases (*) are not accepted");
    }
    return token;
  }

  private Node value(String pointer) throws SyntaxException {
    Node.Location location = location(pointer);
    JsonToken token = parser.currentToken();
    switch (token) {
      case START_OBJECT:
        return mapping(pointer, location);
      case START_ARRAY:
        List<Node> items = new ArrayList<>();
        while (next() != JsonToken.END_ARRAY) {
          items.add(value(pointer + "/" + items.size()));
        }
        return new Node.Sequence(List.copyOf(items), location);
      case VALUE_NUMBER_INT:
        return new Node.Scalar(parser.getString(), Node.Scalar.Kind.INTEGER, location);
      case VALUE_NUMBER_FLOAT:
        return new Node.Scalar(parser.getString(), Node.Scalar.Kind.DECIMAL, location);
      case VALUE_TRUE:
      case VALUE_FALSE:
        return new Node.Scalar(parser.getString(), Node.Scalar.Kind.BOOLEAN, location);
      case VALUE_NULL:
        return new Node.Scalar("null", Node.Scalar.Kind.NULL, location);
      default:
        return new Node.Scalar(parser.getString(), Node.Scalar.Kind.TEXT, location);
    }
  }

  private Node mapping(String pointer, Node.Location location) throws SyntaxException {
    LinkedHashMap<String, Node> entries = new LinkedHashMap<>();
    Map<String, Node.Location> keys = new HashMap<>();
    while (next() == JsonToken.PROPERTY_NAME) {
      String name = parser.currentName();
      String at = pointer + "/" + name.replace("~", "~0").replace("/", "~1");
      Node.Location keyLocation = location(at);
      if (keys.containsKey(name)) {
        throw new SyntaxException(keyLocation, ".duplicate-name", Map.of("name", name),
            "the name \"" + name + "\" appears twice");
      }
      keys.put(name, keyLocation);
      next();
      entries.put(name, value(at));
    }
    return new Node.Mapping(entries, Map.copyOf(keys), location);
  }

  private Node.Location location(String pointer) {
    TokenStreamLocation at = parser.currentTokenLocation();
    return new Node.Location(Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()), pointer);
  }

  private static String firstLine(String message) {
    int end = message.indexOf('\n');
    return (end < 0 ? message : message.substring(0, end)).strip();
  }
}
