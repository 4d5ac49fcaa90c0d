package org.partnershipsdk.iati;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.partnershipsdk.core.model.IncompleteValueException;
import org.partnershipsdk.core.rules.Severity;
import org.partnershipsdk.iati.internal.ActivityStream;
import org.partnershipsdk.iati.internal.Codelists;
import org.partnershipsdk.iati.internal.Evaluator;
import org.partnershipsdk.iati.internal.IatiTexts;
import org.partnershipsdk.iati.internal.Ruleset;
import org.xml.sax.SAXException;

/**
 * Checks an IATI activity file offline, as the IATI Validator does online: against the IATI 2.03
 * schema ({@code iati-activities-schema.xsd}), the IATI Standard ruleset ({@code standard.json},
 * its rule ids and severities) and the codelists (every coded attribute {@code mapping.xml} names).
 * Every problem is an {@link IatiFinding} with the XPath and line of the element and a message in
 * English, French or Spanish.
 *
 * <pre>{@code
 * IatiReport report = IatiChecker.standard().check(Path.of("activities.xml"));
 * report.findings().forEach(f -> System.out.println(f.ruleId() + " " + f.xpath() + ": " + f.message(Locale.FRENCH)));
 * }</pre>
 *
 * <p>The file is read once, as a stream, one activity in memory at a time, so that files of any
 * size are checked in bounded memory, up to {@value #MAX_FILE_LENGTH} bytes. A file that declares
 * a document type is refused: nothing it declares is expanded or fetched. The rules that the
 * Validator runs with the IATI Registry's data ({@code idCondition}: is this identifier a registered
 * publisher's?) are evaluated as if it were not, which can warn where the Validator would not.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class IatiChecker {
  /** The longest file checked, in bytes (1 GiB): a stream is refused when it goes beyond. */
  public static final long MAX_FILE_LENGTH = 1L << 30;

  private static final Schema SCHEMA = schema();

  private final Clock clock;

  private IatiChecker(Clock clock) {
    this.clock = clock;
  }

  /** @return a checker with the IATI 2.03 schema, the standard ruleset and the codelists, on the system clock */
  public static IatiChecker standard() {
    return new IatiChecker(Clock.systemDefaultZone());
  }

  /**
   * @param clock the clock whose date the rules compare with "now" (a transaction must not be in the
   *     future...), {@code Clock.fixed(...)} in tests
   * @return a copy of this checker on that clock
   */
  public IatiChecker withClock(Clock clock) {
    if (clock == null) {
      throw new IncompleteValueException("clock");
    }
    return new IatiChecker(clock);
  }

  /**
   * @param file an IATI activity file
   * @return what was found
   * @throws IatiReadException if the file cannot be read, is not well-formed XML, declares a
   *     document type, or is longer than {@value #MAX_FILE_LENGTH} bytes
   */
  public IatiReport check(Path file) {
    if (file == null) {
      throw new IncompleteValueException("file");
    }
    try (InputStream in = Files.newInputStream(file)) {
      return check(in);
    } catch (NoSuchFileException e) {
      throw new IatiReadException(IatiReadException.IO, IatiTexts.message("iati.io.no-such-file",
          Map.of("file", String.valueOf(e.getFile()))), 0, 0, e);
    } catch (IOException e) {
      throw io(e.toString(), e);
    }
  }

  /**
   * @param xml an IATI activity file's bytes
   * @return what was found
   * @throws IatiReadException as {@link #check(Path)}
   */
  public IatiReport check(byte[] xml) {
    if (xml == null) {
      throw new IncompleteValueException("xml");
    }
    return check(new ByteArrayInputStream(xml));
  }

  /**
   * @param in an IATI activity file, read to its end and not closed
   * @return what was found: the schema's violations first, then each activity's findings
   * @throws IatiReadException as {@link #check(Path)}
   */
  public IatiReport check(InputStream in) {
    if (in == null) {
      throw new IncompleteValueException("in");
    }
    Evaluator evaluator = new Evaluator(Ruleset.standard(), Codelists.shipped(), LocalDate.now(clock));
    ActivityStream stream = new ActivityStream(SCHEMA);
    List<IatiFinding> rules = new ArrayList<>();
    int[] position = {0};
    try {
      stream.read(new Limited(in), activity -> rules.addAll(evaluator.evaluate(activity, ++position[0])));
    } catch (ActivityStream.Unreadable e) {
      if (e.doctype()) {
        throw new IatiReadException(IatiReadException.DOCTYPE, IatiTexts.message(IatiReadException.DOCTYPE, Map.of()),
            e.line(), e.column(), e);
      }
      if (cause(e, TooLarge.class) != null) {
        throw new IatiReadException(IatiReadException.TOO_LARGE, IatiTexts.message(IatiReadException.TOO_LARGE,
            Map.of("max", Long.toString(MAX_FILE_LENGTH))), e.line(), e.column(), e);
      }
      IOException failed = cause(e, IOException.class);
      if (failed != null) {
        throw io(failed.toString(), failed);
      }
      throw new IatiReadException(IatiReadException.MALFORMED, IatiTexts.message(IatiReadException.MALFORMED,
          Map.of("detail", String.valueOf(e.getMessage()))), e.line(), e.column(), e);
    }
    List<IatiFinding> findings = new ArrayList<>();
    for (ActivityStream.SchemaProblem problem : stream.schemaProblems()) {
      findings.add(IatiFinding.of(IatiFinding.SCHEMA, Severity.ERROR, "schema", "/", Optional.empty(),
          problem.line(), IatiTexts.schema(problem)));
    }
    findings.addAll(rules);
    return new IatiReport(findings, stream.activities());
  }

  /** @return the clock the rules read */
  public Clock clock() {
    return clock;
  }

  @Override
  public String toString() {
    return "IatiChecker{IATI 2.03, standard ruleset, codelists, clock=" + clock + "}";
  }

  private static <E extends Throwable> E cause(Throwable failure, Class<E> type) {
    for (Throwable t = failure.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }

  private static IatiReadException io(String reason, IOException cause) {
    return new IatiReadException(IatiReadException.IO, IatiTexts.message(IatiReadException.IO,
        Map.of("reason", String.valueOf(reason))), 0, 0, cause);
  }

  private static Schema schema() {
    URL xsd = IatiChecker.class.getResource("/partnership-sdk/iati/2.03/schema/iati-activities-schema.xsd");
    try {
      SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      // The shipped schemas import each other by relative paths inside this jar; nothing else is read.
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "jar,file,jrt");
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      return factory.newSchema(xsd);
    } catch (SAXException e) {
      throw new IllegalStateException("The shipped IATI 2.03 schema cannot be loaded", e);
    }
  }

  /** Thrown by {@link Limited} past the limit. */
  private static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;
  }

  /** A stream that fails once more than {@link #MAX_FILE_LENGTH} bytes are read from it. */
  private static final class Limited extends FilterInputStream {
    private long read;

    Limited(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      count(b < 0 ? 0 : 1);
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      count(Math.max(n, 0));
      return n;
    }

    private void count(int n) throws IOException {
      read += n;
      if (read > MAX_FILE_LENGTH) {
        throw new TooLarge();
      }
    }

    @Override
    public void close() {
      // The caller's stream stays open; a file is closed by whoever opened it.
    }
  }
}
