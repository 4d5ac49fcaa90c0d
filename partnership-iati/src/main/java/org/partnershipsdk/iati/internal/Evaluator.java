package org.partnershipsdk.iati.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpression;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.partnershipsdk.core.rules.Severity;
import org.partnershipsdk.iati.IatiFinding;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Evaluates a ruleset and the codelists on one activity's document, as the IATI Validator does: the
 * rule types of the ruleset specification (JS edition), each case on each element its context
 * selects, skipped where its {@code condition} is false. One instance per thread: XPath objects are
 * not thread-safe. Not for public use.
 *
 * <p>Where the specification leaves a choice, this follows the Validator's documented behaviour:
 * dates are compared on their first ten characters ({@code YYYY-MM-DD}) and a case whose date is
 * missing or unreadable is skipped; a loop substitutes {@code $1} only in the keys its {@code subs}
 * names; {@code idCondition} cases, which need the IATI Registry's list of publishers, are evaluated
 * as if the identifier were not a registered publisher's (the stricter reading). {@code sum} is read
 * as {@code strict_sum}: the decimal sum of the values must equal the expected one exactly (the
 * specification calls it a "numerical sum" and gives no tolerance, and decimals make 33.33 + 33.33 +
 * 33.34 exactly 100, which floating point would not).
 */
public final class Evaluator {
  private static final String NOW = "NOW";
  private static final String ORG_ID_PREFIX = "ORG-ID-PREFIX";

  private final Ruleset ruleset;
  private final Codelists codelists;
  private final LocalDate today;
  private final XPath xpath;
  private final Map<String, XPathExpression> compiled = new HashMap<>();

  /**
   * @param ruleset the rules
   * @param codelists the lists and their mappings
   * @param today the date rules compare with {@code NOW}
   */
  public Evaluator(Ruleset ruleset, Codelists codelists, LocalDate today) {
    this.ruleset = ruleset;
    this.codelists = codelists;
    this.today = today;
    this.xpath = XPathFactory.newInstance().newXPath();
    this.xpath.setNamespaceContext(new XmlNamespace());
  }

  /**
   * @param activity an activity's document, as {@link ActivityStream} gives it
   * @param position the activity's position in its file, from 1
   * @return the findings, by context, case and element
   */
  public List<IatiFinding> evaluate(Document activity, int position) {
    Place place = new Place(position, identifier(activity));
    List<IatiFinding> findings = new ArrayList<>();
    for (Ruleset.Context context : ruleset.contexts()) {
      for (Node element : nodes(context.xpath(), activity)) {
        for (Ruleset.Case c : context.cases()) {
          evaluate(c, element, place, findings);
        }
      }
    }
    codes(activity, place, findings);
    return findings;
  }

  private void evaluate(Ruleset.Case c, Node element, Place place, List<IatiFinding> out) {
    String condition = c.text("condition");
    if (condition != null && !bool(condition, element)) {
      return;
    }
    if (c.type().equals("loop")) {
      List<String> subs = c.texts("subs");
      Set<String> values = new LinkedHashSet<>();
      for (Node node : nodes(c.text("foreach"), element)) {
        values.add(node.getTextContent());
      }
      for (String value : values) {
        for (Ruleset.Case inner : c.inner()) {
          evaluate(inner.substituted(subs, value), element, place, out);
        }
      }
      return;
    }
    for (Node failed : failures(c, element)) {
      Ruleset.Info info = c.info();
      out.add(IatiFinding.of(info.id(), info.severity(), info.category(), place.path(failed), place.activity(),
          line(failed), info::message));
    }
  }

  /** @return the nodes a case fails on: the context element, or the offending nodes for per-node rules */
  private List<Node> failures(Ruleset.Case c, Node element) {
    return switch (c.type()) {
      case "atleast_one" -> count(c.texts("paths"), element) >= 1 ? List.of() : List.of(element);
      case "no_more_than_one" -> count(c.texts("paths"), element) <= 1 ? List.of() : List.of(element);
      case "only_one_of" -> onlyOneOf(c, element) ? List.of() : List.of(element);
      case "dependent" -> dependent(c, element) ? List.of() : List.of(element);
      case "if_then" -> !bool(c.text("if"), element) || bool(c.text("then"), element) ? List.of() : List.of(element);
      case "one_or_all" -> oneOrAll(c, element) ? List.of() : List.of(element);
      case "sum", "strict_sum" -> sum(c, element) ? List.of() : List.of(element);
      case "date_order" -> dateOrder(c, element) ? List.of() : List.of(element);
      case "date_now" -> date(c.text("date"), element).map(d -> !d.isAfter(today)).orElse(true)
          ? List.of() : List.of(element);
      case "time_limit" -> timeLimit(c, element) ? List.of() : List.of(element);
      case "between_dates" -> betweenDates(c, element) ? List.of() : List.of(element);
      case "regex_matches" -> texts(c, element, (text, pattern) -> text.isEmpty() || pattern.matcher(text).find());
      case "regex_no_matches" -> texts(c, element, (text, pattern) -> !pattern.matcher(text).find());
      case "startswith" -> startsWith(c, element);
      case "unique" -> unique(c, element) ? List.of() : List.of(element);
      case "range" -> range(c, element);
      case "no_spaces" -> noSpaces(c, element);
      // Ruleset refuses a type outside Ruleset.TYPES when it reads the file, so this is a defect of this class
      default -> throw new IllegalStateException("Rule type " + c.type() + " is in Ruleset.TYPES but not evaluated");
    };
  }

  private boolean onlyOneOf(Ruleset.Case c, Node element) {
    int excluded = count(c.texts("excluded"), element);
    int found = count(c.texts("paths"), element);
    return excluded > 0 ? found == 0 : found == 1;
  }

  private boolean dependent(Ruleset.Case c, Node element) {
    List<String> paths = c.texts("paths");
    long present = paths.stream().filter(p -> !nodes(p, element).isEmpty()).count();
    return present == 0 || present == paths.size();
  }

  private boolean oneOrAll(Ruleset.Case c, Node element) {
    if (!nodes(c.text("one"), element).isEmpty()) {
      return true;
    }
    return switch (c.text("all")) {
      case "lang" -> nodes(".//narrative", element).stream().allMatch(n -> !nodes("@xml:lang", n).isEmpty());
      case "currency" -> nodes(".//value", element).stream().allMatch(n -> !nodes("@currency", n).isEmpty());
      case "sector" -> nodes("transaction", element).stream().allMatch(n -> !nodes("sector", n).isEmpty());
      default -> true;
    };
  }

  private boolean sum(Ruleset.Case c, Node element) {
    List<Node> values = nodes(c.texts("paths"), element);
    if (values.isEmpty()) {
      return true;
    }
    BigDecimal total = BigDecimal.ZERO;
    for (Node value : values) {
      try {
        total = total.add(new BigDecimal(value.getTextContent().strip()));
      } catch (NumberFormatException notANumber) {
        return false;
      }
    }
    return total.compareTo(new BigDecimal(c.parameters().get("sum").asString())) == 0;
  }

  private boolean dateOrder(Ruleset.Case c, Node element) {
    Optional<LocalDate> less = date(c.text("less"), element);
    Optional<LocalDate> more = date(c.text("more"), element);
    return less.isEmpty() || more.isEmpty() || !less.get().isAfter(more.get());
  }

  private boolean timeLimit(Ruleset.Case c, Node element) {
    Optional<LocalDate> start = date(c.text("start"), element);
    Optional<LocalDate> end = date(c.text("end"), element);
    return start.isEmpty() || end.isEmpty() || ChronoUnit.DAYS.between(start.get(), end.get()) <= 365;
  }

  private boolean betweenDates(Ruleset.Case c, Node element) {
    Optional<LocalDate> date = date(c.text("date"), element);
    Optional<LocalDate> start = date(c.text("start"), element);
    Optional<LocalDate> end = date(c.text("end"), element);
    return date.isEmpty() || start.isEmpty() || end.isEmpty()
        || !date.get().isBefore(start.get()) && !date.get().isAfter(end.get());
  }

  private interface TextCheck {
    boolean passes(String text, Pattern pattern);
  }

  private List<Node> texts(Ruleset.Case c, Node element, TextCheck check) {
    Pattern pattern;
    try {
      pattern = Pattern.compile(c.text("regex"));
    } catch (PatternSyntaxException e) {
      return List.of(); // a ruleset's regular expression Java cannot read: the rule cannot judge
    }
    List<Node> failed = new ArrayList<>();
    for (Node node : nodes(c.texts("paths"), element)) {
      if (!check.passes(node.getTextContent(), pattern)) {
        failed.add(node);
      }
    }
    return failed;
  }

  private List<Node> startsWith(Ruleset.Case c, Node element) {
    List<String> prefixes = c.texts("prefix");
    String separator = c.text("separator") == null ? "" : c.text("separator");
    List<Node> failed = new ArrayList<>();
    for (Node node : nodes(c.texts("paths"), element)) {
      String text = node.getTextContent();
      boolean passes;
      if (prefixes.contains(ORG_ID_PREFIX)) {
        String[] parts = text.split("-", 3);
        passes = parts.length >= 2 && codelists.codes("OrganisationRegistrationAgency").contains(parts[0] + "-" + parts[1]);
      } else {
        List<Node> candidates = nodes(prefixes, element);
        passes = candidates.isEmpty() || candidates.stream().anyMatch(p -> text.startsWith(p.getTextContent() + separator));
      }
      if (!passes) {
        failed.add(node);
      }
    }
    return failed;
  }

  private boolean unique(Ruleset.Case c, Node element) {
    Set<String> seen = new HashSet<>();
    for (Node node : nodes(c.texts("paths"), element)) {
      if (!seen.add(node.getTextContent())) {
        return false;
      }
    }
    return true;
  }

  private List<Node> range(Ruleset.Case c, Node element) {
    BigDecimal min = c.parameters().containsKey("min") ? new BigDecimal(c.parameters().get("min").asString()) : null;
    BigDecimal max = c.parameters().containsKey("max") ? new BigDecimal(c.parameters().get("max").asString()) : null;
    List<Node> failed = new ArrayList<>();
    for (Node node : nodes(c.texts("paths"), element)) {
      try {
        BigDecimal value = new BigDecimal(node.getTextContent().strip());
        if (min != null && value.compareTo(min) < 0 || max != null && value.compareTo(max) > 0) {
          failed.add(node);
        }
      } catch (NumberFormatException notANumber) {
        failed.add(node);
      }
    }
    return failed;
  }

  private List<Node> noSpaces(Ruleset.Case c, Node element) {
    List<Node> failed = new ArrayList<>();
    for (Node node : nodes(c.texts("paths"), element)) {
      String text = node.getTextContent();
      if (!text.isEmpty() && (Character.isWhitespace(text.charAt(0))
          || Character.isWhitespace(text.charAt(text.length() - 1)))) {
        failed.add(node);
      }
    }
    return failed;
  }

  /** Every coded attribute on the list its mapping names, where the mapping's condition holds. */
  private void codes(Document activity, Place place, List<IatiFinding> out) {
    for (Codelists.Mapping mapping : codelists.mappings()) {
      for (Node node : nodes(mapping.path(), activity)) {
        Node owner = node instanceof Attr attribute ? attribute.getOwnerElement() : node.getParentNode();
        if (mapping.condition().isPresent() && !bool(mapping.condition().get(), owner)) {
          continue;
        }
        String code = node.getTextContent().strip();
        Optional<Codelists.Item> item = codelists.item(mapping.list(), code);
        if (item.isEmpty()) {
          out.add(IatiFinding.of(IatiFinding.CODELIST, Severity.ERROR, "codelists", place.path(node),
              place.activity(), line(node), IatiTexts.codeUnknown(code, mapping.list())));
        } else if (item.get().withdrawn()) {
          out.add(IatiFinding.of(IatiFinding.CODELIST, Severity.WARNING, "codelists", place.path(node),
              place.activity(), line(node), IatiTexts.codeWithdrawn(code, mapping.list())));
        }
      }
    }
  }

  private Optional<LocalDate> date(String path, Node element) {
    if (path == null) {
      return Optional.empty();
    }
    if (path.equals(NOW)) {
      return Optional.of(today);
    }
    List<Node> found = nodes(path, element);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    String text = found.get(0).getTextContent().strip();
    try {
      return Optional.of(LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text));
    } catch (DateTimeParseException notADate) {
      return Optional.empty();
    }
  }

  private int count(List<String> paths, Node element) {
    return nodes(paths, element).size();
  }

  private List<Node> nodes(List<String> paths, Node element) {
    List<Node> all = new ArrayList<>();
    for (String path : paths) {
      all.addAll(nodes(path, element));
    }
    return all;
  }

  private List<Node> nodes(String path, Node context) {
    try {
      NodeList list = (NodeList) expression(path).evaluate(context, XPathConstants.NODESET);
      List<Node> nodes = new ArrayList<>(list.getLength());
      for (int i = 0; i < list.getLength(); i++) {
        nodes.add(list.item(i));
      }
      return nodes;
    } catch (XPathExpressionException notANodeSet) {
      return List.of();
    }
  }

  private boolean bool(String path, Node context) {
    try {
      return (Boolean) expression(path).evaluate(context, XPathConstants.BOOLEAN);
    } catch (XPathExpressionException e) {
      return false;
    }
  }

  private XPathExpression expression(String path) throws XPathExpressionException {
    XPathExpression expression = compiled.get(path);
    if (expression == null) {
      expression = xpath.compile(path);
      compiled.put(path, expression);
    }
    return expression;
  }

  private Optional<String> identifier(Document activity) {
    List<Node> found = nodes("/iati-activities/iati-activity/iati-identifier", activity);
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0).getTextContent().strip());
  }

  private static int line(Node node) {
    Node element = node instanceof Attr attribute ? attribute.getOwnerElement() : node;
    while (element != null && !(element instanceof Element)) {
      element = element.getParentNode();
    }
    Object line = element == null ? null : element.getUserData(ActivityStream.LINE);
    return line instanceof Integer number ? number : 0;
  }

  /**
   * Where findings are: the activity's position in its file and its identifier.
   *
   * @param position the activity's position, from 1
   * @param activity its {@code iati-identifier}
   */
  private record Place(int position, Optional<String> activity) {
    /** @return the node's XPath in the file: positions among same-named siblings, the activity's real one */
    String path(Node node) {
      List<String> steps = new ArrayList<>();
      Node current = node;
      if (current instanceof Attr attribute) {
        steps.add("@" + attribute.getName());
        current = attribute.getOwnerElement();
      } else if (!(current instanceof Element)) {
        steps.add("text()");
        current = current.getParentNode();
      }
      while (current instanceof Element element) {
        Node parent = element.getParentNode();
        if (!(parent instanceof Element)) {
          steps.add(element.getTagName());
        } else if (element.getTagName().equals("iati-activity") && !(parent.getParentNode() instanceof Element)) {
          steps.add("iati-activity[" + position + "]");
        } else {
          steps.add(element.getTagName() + "[" + index(element) + "]");
        }
        current = parent;
      }
      StringBuilder path = new StringBuilder();
      for (int i = steps.size() - 1; i >= 0; i--) {
        path.append('/').append(steps.get(i));
      }
      return path.toString();
    }

    private static int index(Element element) {
      int index = 1;
      for (Node sibling = element.getPreviousSibling(); sibling != null; sibling = sibling.getPreviousSibling()) {
        if (sibling instanceof Element other && other.getTagName().equals(element.getTagName())) {
          index++;
        }
      }
      return index;
    }
  }

  /** The {@code xml} prefix, which the ruleset's {@code @xml:lang} uses. */
  private static final class XmlNamespace implements NamespaceContext {
    @Override
    public String getNamespaceURI(String prefix) {
      return XMLConstants.XML_NS_PREFIX.equals(prefix) ? XMLConstants.XML_NS_URI : XMLConstants.NULL_NS_URI;
    }

    @Override
    public String getPrefix(String namespaceUri) {
      return XMLConstants.XML_NS_URI.equals(namespaceUri) ? XMLConstants.XML_NS_PREFIX : null;
    }

    @Override
    public Iterator<String> getPrefixes(String namespaceUri) {
      String prefix = getPrefix(namespaceUri);
      return prefix == null ? List.<String>of().iterator() : List.of(prefix).iterator();
    }
  }
}
