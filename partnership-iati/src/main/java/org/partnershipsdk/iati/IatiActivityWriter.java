package org.partnershipsdk.iati;

import java.io.OutputStream;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.partnershipsdk.core.initiative.Initiative;
import org.partnershipsdk.core.model.IncompleteValueException;
import org.partnershipsdk.core.model.InitiativeId;
import org.partnershipsdk.iati.internal.ActivityMapping;
import org.partnershipsdk.iati.internal.XmlOut;

/**
 * An IATI document being written one initiative at a time, in bounded memory: from
 * {@link IatiExporter#open}. {@link #close()} ends the document; {@link #export()} then says what was
 * written. Not thread-safe: one writer, one thread.
 */
public final class IatiActivityWriter implements AutoCloseable {
  private final ActivityMapping mapping;
  private final XmlOut out;
  private final Map<InitiativeId, List<String>> leftOut = new LinkedHashMap<>();
  private final Map<InitiativeId, List<String>> leftOutParts = new LinkedHashMap<>();
  private int activities;
  private boolean closed;

  IatiActivityWriter(ActivityMapping mapping, OutputStream target, OffsetDateTime now) {
    this.mapping = mapping;
    try {
      this.out = new XmlOut(target);
      out.startDocument("IATI 2.03 activities written by partnership-sdk");
      out.start("iati-activities").attribute("version", "2.03").attribute("generated-datetime", ActivityMapping.dateTime(now));
    } catch (XmlOut.Failure e) {
      throw new IatiWriteException(e.getMessage(), e);
    }
  }

  /**
   * Writes the initiative as an activity, or leaves it out (see {@link #export()}) when it cannot
   * make a valid one; what IATI cannot take of it is left out and said in
   * {@link IatiExport#leftOutParts()}.
   *
   * @param initiative an initiative of the context's portfolio
   * @throws IatiWriteException if writing fails
   * @throws IllegalStateException if the writer is closed
   */
  public void write(Initiative initiative) {
    if (initiative == null) {
      throw new IncompleteValueException("initiative");
    }
    if (closed) {
      throw new IllegalStateException("The IATI writer is closed");
    }
    List<String> problems = mapping.problems(initiative);
    if (!problems.isEmpty()) {
      leftOut.put(initiative.id(), problems);
      return;
    }
    try {
      List<String> parts = mapping.write(out, initiative);
      if (!parts.isEmpty()) {
        leftOutParts.put(initiative.id(), List.copyOf(parts));
      }
      activities++;
    } catch (XmlOut.Failure e) {
      throw new IatiWriteException(e.getMessage(), e);
    }
  }

  /** @return what was written so far, and left out */
  public IatiExport export() {
    return new IatiExport(activities, leftOut, leftOutParts);
  }

  /**
   * Ends the document and flushes it; the target stays open. Closing twice does nothing.
   *
   * @throws IatiWriteException if writing fails
   */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      out.end();
      out.close();
    } catch (XmlOut.Failure e) {
      throw new IatiWriteException(e.getMessage(), e);
    }
  }
}
