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
  /** How many initiatives' left-out parts a streamed export keeps, so that its memory stays bounded. */
  static final int KEPT_LEFT_OUT_PARTS = 1_000;

  private final ActivityMapping mapping;
  private final XmlOut out;
  private final Map<InitiativeId, List<String>> leftOut = new LinkedHashMap<>();
  private final Map<InitiativeId, List<String>> leftOutParts = new LinkedHashMap<>();
  private final int keptLeftOutParts;
  private int activities;
  private boolean closed;

  IatiActivityWriter(ActivityMapping mapping, OutputStream target, OffsetDateTime now, int keptLeftOutParts) {
    this.mapping = mapping;
    this.keptLeftOutParts = keptLeftOutParts;
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
   * make a valid one. What IATI cannot take of a written one is left out of its activity and
   * returned, and kept in {@link IatiExport#leftOutParts()}: for every initiative when the whole
   * portfolio is written ({@link IatiExporter#write}), for the first 1,000 that have such parts on
   * a writer from {@link IatiExporter#open} (so that a streamed export of millions keeps its memory
   * bounded: read the returned list as you go).
   *
   * @param initiative an initiative of the context's portfolio
   * @return the parts of the initiative left out of its activity, each with its path and why;
   *     empty when all was written, or when the initiative itself was left out
   * @throws IatiWriteException if writing fails
   * @throws IllegalStateException if the writer is closed
   */
  public List<String> write(Initiative initiative) {
    if (initiative == null) {
      throw new IncompleteValueException("initiative");
    }
    if (closed) {
      throw new IllegalStateException("The IATI writer is closed");
    }
    List<String> problems = mapping.problems(initiative);
    if (!problems.isEmpty()) {
      leftOut.put(initiative.id(), problems);
      return List.of();
    }
    try {
      List<String> parts = List.copyOf(mapping.write(out, initiative));
      if (!parts.isEmpty() && leftOutParts.size() < keptLeftOutParts) {
        leftOutParts.put(initiative.id(), parts);
      }
      activities++;
      return parts;
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
