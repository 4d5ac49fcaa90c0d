package org.partnershipsdk.benchmarks.streaming;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.MemoryPoolMXBean;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.partnershipsdk.benchmarks.Portfolios;
import org.partnershipsdk.core.initiative.Initiative;
import org.partnershipsdk.iati.IatiActivityWriter;
import org.partnershipsdk.iati.IatiExport;
import org.partnershipsdk.iati.IatiExporter;
import org.partnershipsdk.json.ItemList;
import org.partnershipsdk.json.JsonItemReader;
import org.partnershipsdk.json.PartnershipJson;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The IATI export benchmark, run by {@code benchmarks/run.sh} in JVMs of their own after the
 * streaming read: one, started with {@code -Xmx256m}, reads the streamed portfolio file item by item
 * and exports each initiative to an IATI activities file ({@code IatiActivityWriter}), recording the
 * time and the peak heap; another validates that file against the IATI 2.03 schema alone, the
 * baseline: what a publisher's pipeline would spend checking the file it exports. One run each.
 *
 * <pre>
 * IatiExportRun export PORTFOLIO_FILE XML_FILE RESULT.json
 * IatiExportRun validate XML_FILE RESULT.json
 * </pre>
 */
public final class IatiExportRun {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private IatiExportRun() {}

  /**
   * @param args {@code export PORTFOLIO XML RESULT} or {@code validate XML RESULT}
   * @throws Exception if a file cannot be read or written, or the export is not valid
   */
  public static void main(String[] args) throws Exception {
    if (args.length == 4 && args[0].equals("export")) {
      export(Path.of(args[1]), Path.of(args[2]), Path.of(args[3]));
    } else if (args.length == 3 && args[0].equals("validate")) {
      validate(Path.of(args[1]), Path.of(args[2]));
    } else {
      System.err.println("usage: IatiExportRun export PORTFOLIO XML RESULT | validate XML RESULT");
      System.exit(2);
    }
  }

  /**
   * Exports every initiative of the portfolio file, one at a time, timing it and recording the peak heap.
   *
   * @param portfolio the streamed portfolio document
   * @param xml the activities file to write
   * @param result where the figures go
   * @return how many activities were written
   * @throws IOException if a file cannot be read or written
   */
  public static long export(Path portfolio, Path xml, Path result) throws IOException {
    List<MemoryPoolMXBean> heap = HeapWatch.heapPools();
    IatiExporter exporter = IatiExporter.builder().clock(Portfolios.CLOCK).build();
    System.gc();
    heap.forEach(MemoryPoolMXBean::resetPeakUsage);
    HeapWatch watch = HeapWatch.start(heap);
    long start = System.nanoTime();
    IatiExport export;
    long initiatives = 0;
    try (OutputStream out = Files.newOutputStream(xml);
        JsonItemReader<Initiative> items = PartnershipJson.create().readItems(ItemList.PORTFOLIO_INITIATIVES, portfolio);
        IatiActivityWriter writer = exporter.open(Portfolios.base(), out)) {
      while (items.hasNext()) {
        writer.writeActivity(items.next());
        initiatives++;
      }
      writer.close();
      export = writer.export();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    watch.stop();
    ObjectNode figures = MAPPER.createObjectNode();
    figures.put("initiatives", initiatives);
    figures.put("activities", export.activities());
    figures.put("leftOut", export.leftOutCount());
    figures.put("xmlBytes", Files.size(xml));
    figures.put("exportSeconds", seconds);
    watch.putPeaks(figures, heap);
    figures.put("jdk", System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")");
    MAPPER.writeValue(result.toFile(), figures);
    return export.activities();
  }

  /**
   * Validates the activities file against the IATI 2.03 schema the module ships, and adds the time
   * to the figures.
   *
   * @param xml the activities file
   * @param result the figures {@link #export} recorded, to which the validation's are added
   * @throws Exception if the file cannot be read or is not valid
   */
  public static void validate(Path xml, Path result) throws Exception {
    URL xsd = IatiExporter.class.getResource("/partnership-sdk/iati/2.03/schema/iati-activities-schema.xsd");
    SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    Validator validator = factory.newSchema(xsd).newValidator();
    long[] errors = {0};
    validator.setErrorHandler(new DefaultHandler() {
      @Override
      public void error(SAXParseException e) {
        errors[0]++;
      }
    });
    long start = System.nanoTime();
    try (InputStream in = Files.newInputStream(xml)) {
      validator.validate(new StreamSource(in));
    } catch (SAXException fatal) {
      throw new IllegalStateException("The export is not well-formed XML", fatal);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    if (errors[0] > 0) {
      throw new IllegalStateException("The export breaks the IATI 2.03 schema " + errors[0] + " times");
    }
    ObjectNode figures = (ObjectNode) MAPPER.readTree(result.toFile());
    figures.put("validationSeconds", seconds);
    MAPPER.writeValue(result.toFile(), figures);
  }
}
