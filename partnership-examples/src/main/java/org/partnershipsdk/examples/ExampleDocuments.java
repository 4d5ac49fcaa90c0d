package org.partnershipsdk.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.partnershipsdk.core.portfolio.Portfolio;
import org.partnershipsdk.json.DocumentType;
import org.partnershipsdk.json.PartnershipJson;

/**
 * The example documents shipped with this module, on its classpath under {@code examples/}: two
 * portfolio documents of the SDK's JSON format to read, check and copy.
 *
 * <ul>
 *   <li>{@value #REAL_CASES}: the real cases of the domain (the EXPLOR missions of Moulenda and
 *       Kpomassé, Comasagua ↔ Montauban, the CFDT with Essentiel and the UNSAS, Guinée 44 and Kindia,
 *       CCFD-Terre Solidaire's jam in Laos..., and the illustrative CAAC agreement of Comasagua ↔
 *       Montauban with its transactions), valid, as the SDK writes them (indented);
 *   <li>{@value #DEFECTS}: a small portfolio with deliberate defects, validation violations and
 *       rule findings (among them a fictitious agreement's overdue report and a tranche paid before
 *       its report was accepted), so that a check has something to find.
 * </ul>
 *
 * <pre>{@code
 * Portfolio portfolio = ExampleDocuments.realCases();
 * RuleReport report = RulesEngine.of(Profiles.caac(), clock).evaluate(portfolio);
 * }</pre>
 */
public final class ExampleDocuments {
  /** The real cases, valid: {@code real-cases.json}. */
  public static final String REAL_CASES = "real-cases.json";
  /** A portfolio with deliberate defects: {@code defects.json}. */
  public static final String DEFECTS = "defects.json";

  private static final String FOLDER = "examples/";

  private ExampleDocuments() {}

  /** @return the names of the example documents, {@value #REAL_CASES} first */
  public static List<String> names() {
    return List.of(REAL_CASES, DEFECTS);
  }

  /**
   * @param name the name of an example document, such as {@value #REAL_CASES}
   * @return the classpath resource it is read from, such as {@code examples/real-cases.json}
   */
  public static String resource(String name) {
    if (!names().contains(name)) {
      throw new IllegalArgumentException("No example document named " + name + "; there are " + names());
    }
    return FOLDER + name;
  }

  /**
   * @param name the name of an example document, such as {@value #DEFECTS}
   * @return a stream of the document in UTF-8, to close
   * @throws IllegalArgumentException if there is no example document of that name
   * @throws IllegalStateException if the document is missing from the classpath
   */
  public static InputStream open(String name) {
    InputStream in = ExampleDocuments.class.getClassLoader().getResourceAsStream(resource(name));
    if (in == null) {
      throw new IllegalStateException(resource(name) + " is not on the classpath");
    }
    return in;
  }

  /**
   * @param name the name of an example document
   * @return the document's text
   * @throws IllegalArgumentException if there is no example document of that name
   */
  public static String text(String name) {
    try (InputStream in = open(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads {@value #REAL_CASES} strictly and validating: it holds no unknown property and no violation.
   *
   * @return the real cases as one portfolio
   */
  public static Portfolio realCases() {
    return PartnershipJson.create().strict().validating().read(DocumentType.PORTFOLIO, text(REAL_CASES));
  }

  /**
   * Reads {@value #DEFECTS} leniently and without validating, so that its defects can be found
   * afterwards by {@code ModelValidator} and the rules engine.
   *
   * @return the portfolio with deliberate defects
   */
  public static Portfolio defects() {
    return PartnershipJson.create().read(DocumentType.PORTFOLIO, text(DEFECTS));
  }
}
