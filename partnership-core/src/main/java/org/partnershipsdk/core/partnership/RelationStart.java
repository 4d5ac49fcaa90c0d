package org.partnershipsdk.core.partnership;

import java.time.LocalDate;
import java.time.Year;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.partnershipsdk.core.internal.Texts;
import org.partnershipsdk.core.model.Coded;
import org.partnershipsdk.core.model.IncompleteValueException;
import org.partnershipsdk.core.model.Label;

/**
 * When a relation began, as precisely as it is known: a day, or only a year when the source gives
 * no more (« depuis 2005 »). A message shows it as a sentence says it, for the reader's locale:
 * "on January 5, 2015", "in 2005" (texts {@code partnership.start.day} and
 * {@code partnership.start.year}). Its code is the ISO day or year. See {@link Partnership#start()}.
 */
public final class RelationStart implements Coded {
  private static final Label ON_DAY = new Label("on {date}", "le {date}");
  private static final Label IN_YEAR = new Label("in {date}", "en {date}");

  private final LocalDate day;
  private final Year year;

  private RelationStart(LocalDate day, Year year) {
    this.day = day;
    this.year = year;
  }

  /**
   * @param day the day the relation began
   * @return that start
   * @throws IncompleteValueException if {@code day} is null
   */
  public static RelationStart on(LocalDate day) {
    if (day == null) {
      throw new IncompleteValueException("day");
    }
    return new RelationStart(day, Year.of(day.getYear()));
  }

  /**
   * @param year the year the relation began, its day unknown
   * @return that start
   * @throws IncompleteValueException if {@code year} is null
   */
  public static RelationStart in(Year year) {
    if (year == null) {
      throw new IncompleteValueException("year");
    }
    return new RelationStart(null, year);
  }

  /** @return the day the relation began; empty when only its year is known */
  public Optional<LocalDate> day() {
    return Optional.ofNullable(day);
  }

  /** @return the year the relation began */
  public Year year() {
    return year;
  }

  /** @return the ISO day ({@code 2015-01-05}) or, when only it is known, year ({@code 2005}) */
  @Override
  public String code() {
    return day != null ? day.toString() : year.toString();
  }

  @Override
  public String label(Locale locale) {
    String text = day != null ? Texts.text("partnership.start.day", ON_DAY, locale)
        : Texts.text("partnership.start.year", IN_YEAR, locale);
    return Texts.fill(text, locale, Map.of("date", day != null ? day : year));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RelationStart start && Objects.equals(day, start.day) && year.equals(start.year);
  }

  @Override
  public int hashCode() {
    return Objects.hash(day, year);
  }

  @Override
  public String toString() {
    return code();
  }
}
