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
  /**
   * How many initiatives left out, and how many initiatives' left-out parts, a streamed export
   * keeps, so that its memory stays bounded.
   */
  static final int KEPT_LEFT_OUT = 1_000;

  private final ActivityMapping mapping;
  private final XmlOut out;
  private final Map<InitiativeId, List<IatiLeftOut>> leftOut = new LinkedHashMap<>();
  private final Map<InitiativeId, List<IatiLeftOut>> leftOutParts = new LinkedHashMap<>();
  private final int kept;
  private int activities;
  private int leftOutCount;
  private boolean closed;

  IatiActivityWriter(ActivityMapping mapping, OutputStream target, OffsetDateTime now, int kept) {
    this.mapping = mapping;
    this.kept = kept;
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
   * returned, and kept in {@link IatiExport#leftOutPartReasons()}: for every initiative when the
   * whole portfolio is written ({@link IatiExporter#write}), for the first 1,000 that have such parts
   * on a writer from {@link IatiExporter#open} (so that a streamed export of millions keeps its
   * memory bounded: read the returned list as you go). Likewise, such a writer keeps the first
   * 1,000 initiatives left out, and counts them all.
   *
   * @param initiative an initiative of the context's portfolio
   * @return the parts of the initiative left out of its activity, each with its path, code and why;
   *     empty when all was written, or when the initiative itself was left out
   * @throws IatiWriteException if writing fails
   * @throws IllegalStateException if the writer is closed
   */
  public List<IatiLeftOut> writeActivity(Initiative initiative) {
    if (initiative == null) {
      throw new IncompleteValueException("initiative");
    }
    if (closed) {
      throw new IllegalStateException("The IATI writer is closed");
    }
    List<IatiLeftOut> problems = mapping.problems(initiative);
    if (!problems.isEmpty()) {
      leftOutCount++;
      if (leftOut.size() < kept) {
        leftOut.put(initiative.id(), List.copyOf(problems));
      }
      return List.of();
    }
    try {
      List<IatiLeftOut> parts = List.copyOf(mapping.write(out, initiative));
      if (!parts.isEmpty() && leftOutParts.size() < kept) {
        leftOutParts.put(initiative.id(), parts);
      }
      activities++;
      return parts;
    } catch (XmlOut.Failure e) {
      throw new IatiWriteException(e.getMessage(), e);
    }
  }

  /**
   * Does what {@link #writeActivity} does, and says what was left out of the activity in English.
   *
   * @param initiative an initiative of the context's portfolio
   * @return the parts of the initiative left out of its activity, each as its path and why in
   *     English ({@link IatiLeftOut#toString()}); empty when all was written, or when the initiative
   *     itself was left out
   * @throws IatiWriteException if writing fails
   * @throws IllegalStateException if the writer is closed
   */
  public List<String> write(Initiative initiative) {
    return writeActivity(initiative).stream().map(IatiLeftOut::toString).toList();
  }

  /** @return what was written so far, and left out */
  public IatiExport export() {
    return new IatiExport(activities, leftOutCount, leftOut, leftOutParts);
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
