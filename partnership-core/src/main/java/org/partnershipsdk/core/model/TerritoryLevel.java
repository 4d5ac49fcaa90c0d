package org.partnershipsdk.core.model;

import java.util.Locale;
import org.partnershipsdk.core.internal.Texts;

/** The administrative level of a {@link Territory}. */
public enum TerritoryLevel implements Coded {
  /** A whole country. */
  COUNTRY("country", "Country", "Pays"),
  /** A region (Occitanie, Pays de la Loire...). */
  REGION("region", "Region", "Région"),
  /** A département or province (Pool, Atlantique, Tarn-et-Garonne...). */
  DEPARTMENT("department", "Department or province", "Département ou province"),
  /** A district, prefecture or sub-prefecture (Kindia...). */
  DISTRICT("district", "District or prefecture", "District ou préfecture"),
  /** A commune or municipality (Moulenda, Kpomassé, Montauban, Comasagua...). */
  MUNICIPALITY("municipality", "Municipality", "Commune"),
  /** A village or locality. */
  LOCALITY("locality", "Locality or village", "Localité ou village");

  private final String code;
  private final Label label;

  TerritoryLevel(String code, String en, String fr) {
    this.code = code;
    this.label = new Label(en, fr);
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String label(Locale locale) {
    return Texts.text("territory-level." + code(), label, locale);
  }
}
