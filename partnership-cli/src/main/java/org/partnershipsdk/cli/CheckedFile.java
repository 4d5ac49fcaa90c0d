package org.partnershipsdk.cli;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.partnershipsdk.core.rules.Severity;
import org.partnershipsdk.json.JsonReadException;

/**
 * What the check of one file gave: the document's type and its findings, or the reason it could
 * not be read.
 *
 * @param file the file as named on the command line
 * @param documentType the envelope's type, such as {@code portfolio}; empty when unreadable
 * @param findings the findings, ordered; empty when unreadable
 * @param failure why the file could not be read as a document, if it could not
 */
record CheckedFile(String file, Optional<String> documentType, List<ReportedFinding> findings,
    Optional<JsonReadException> failure) {

  CheckedFile {
    findings = findings.stream().sorted(ReportedFinding.ORDER).toList();
  }

  static CheckedFile checked(String file, String documentType, List<ReportedFinding> findings) {
    return new CheckedFile(file, Optional.of(documentType), findings, Optional.empty());
  }

  static CheckedFile unreadable(String file, JsonReadException failure) {
    return new CheckedFile(file, Optional.empty(), List.of(), Optional.of(failure));
  }

  boolean readable() {
    return failure.isEmpty();
  }

  /** The number of findings of each severity, every severity present. */
  static Map<Severity, Long> counts(List<ReportedFinding> findings) {
    Map<Severity, Long> counts = new EnumMap<>(Severity.class);
    for (Severity severity : Severity.values()) {
      counts.put(severity, findings.stream().filter(f -> f.severity() == severity).count());
    }
    return counts;
  }
}
