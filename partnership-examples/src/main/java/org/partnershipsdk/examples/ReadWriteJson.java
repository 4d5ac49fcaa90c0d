package org.partnershipsdk.examples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.partnershipsdk.core.initiative.Initiative;
import org.partnershipsdk.core.mission.VolunteerMission;
import org.partnershipsdk.core.model.MissionId;
import org.partnershipsdk.core.portfolio.Portfolio;
import org.partnershipsdk.json.DocumentType;
import org.partnershipsdk.json.ItemList;
import org.partnershipsdk.json.JsonItemReader;
import org.partnershipsdk.json.JsonItemWriter;
import org.partnershipsdk.json.JsonProblem;
import org.partnershipsdk.json.JsonReadException;
import org.partnershipsdk.json.PartnershipJson;
import org.partnershipsdk.json.RedactingWriter;

/**
 * Reads and writes the SDK's JSON documents: writes the Kpomassé mission and reads it back, and
 * writes a redacted copy of it with the volunteers' personal data masked; reads a
 * document holding a property the SDK does not know, leniently (kept and written back) and strictly
 * (rejected); reads a document whose mission ends before it starts with a validating reader; and
 * streams the initiatives of the real cases through a temporary file one at a time. Every failure is
 * a {@link JsonReadException} with a stable code, a JSON Pointer, a line and a column, and a message
 * in English and French. {@link StreamingDemo} streams a million initiatives in bounded memory.
 */
public final class ReadWriteJson {
  private ReadWriteJson() {}

  /**
   * @param args unused
   * @throws IOException if the temporary file cannot be created or deleted
   */
  public static void main(String[] args) throws IOException {
    PartnershipJson json = PartnershipJson.create();
    Portfolio realCases = ExampleDocuments.realCases();

    // Write a mission and read it back: equal, nothing lost.
    VolunteerMission kpomasse = realCases.missions().stream()
        .filter(m -> m.id().equals(MissionId.of("explor-kpomasse"))).findFirst().orElseThrow();
    String text = json.indented().write(DocumentType.MISSION, kpomasse);
    System.out.println("Wrote mission " + kpomasse.id() + " as a document of " + text.lines().count() + " lines");
    System.out.println("Read back equal: " + json.read(DocumentType.MISSION, text).equals(kpomasse));

    // A copy to share outside the organisation: the volunteers' personal data masked.
    String shared = json.indented().redacting().write(DocumentType.MISSION, kpomasse);
    System.out.println("Redacted copy: volunteer's name masked: " + shared.contains(RedactingWriter.MASK)
        + ", still in it: " + shared.contains(kpomasse.volunteers().get(0).name()));

    // A property another tool added: kept by the default reader, rejected by the strict one.
    String withUnknown = """
        {"type": "mission", "schemaVersion": "1.0",
         "data": {"id": "explor-moulenda", "title": "Micro hydro-electric plant",
                  "crmReference": "LC-2022-014"}}""";
    VolunteerMission lenient = json.read(DocumentType.MISSION, withUnknown);
    System.out.println("Lenient read keeps " + lenient.unknownProperties() + "; written back: "
        + json.write(DocumentType.MISSION, lenient).contains("\"crmReference\":\"LC-2022-014\""));
    try {
      json.strict().read(DocumentType.MISSION, withUnknown);
    } catch (JsonReadException e) {
      print("Strict read", e);
    }

    // The JSON is fine but the mission is not: the validating reader reports every violation.
    String endsBeforeItStarts = """
        {"type": "mission", "schemaVersion": "1.0",
         "data": {"id": "explor-kpomasse", "title": "Tomato preserves in Kpomassé",
                  "type": "training", "direction": "north-south", "zone": {"country": "BJ"},
                  "period": {"start": "2022-10-10", "end": "2022-10-03"}}}""";
    try {
      json.strict().validating().read(DocumentType.MISSION, endsBeforeItStarts);
    } catch (JsonReadException e) {
      print("Validating read", e);
    }

    // A streaming pass: the initiatives written and read one at a time through a file.
    Path file = Files.createTempFile("real-cases-", ".json");
    try {
      try (JsonItemWriter<Initiative> out = json.writeItems(ItemList.PORTFOLIO_INITIATIVES,
          realCases.withInitiatives(), file)) {
        realCases.initiatives().forEach(out::write);
      }
      long participants = 0;
      try (JsonItemReader<Initiative> in = json.readItems(ItemList.PORTFOLIO_INITIATIVES, file)) {
        while (in.hasNext()) {
          Initiative initiative = in.next();
          participants += initiative.participants().size();
          System.out.println("Streamed " + initiative.id() + " (" + initiative.participants().size() + " participants)");
        }
        System.out.println("Streamed " + in.count() + " initiatives, " + participants + " participants in all");
      }
    } finally {
      Files.delete(file);
    }
  }

  /** Prints the failure's code and position, then each problem in French; a line of 0 is unknown. */
  private static void print(String what, JsonReadException e) {
    System.out.println(what + " failed: " + e.code() + " at " + e.pointer()
        + (e.line() > 0 ? ", line " + e.line() + ", column " + e.column() : ""));
    for (JsonProblem problem : e.problems()) {
      System.out.println("  " + problem.code() + " " + problem.pointer()
          + (problem.line() > 0 ? " (" + problem.line() + ":" + problem.column() + ")" : "") + " : "
          + problem.message(Locale.FRENCH));
    }
  }
}
