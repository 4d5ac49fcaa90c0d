package org.partnershipsdk.testkit;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.partnershipsdk.core.model.CountryCode;
import org.partnershipsdk.core.model.CurrencyCode;
import org.partnershipsdk.core.model.Territory;
import org.partnershipsdk.core.model.TerritoryLevel;

/** The countries and places of the seed cases, with the currency each country uses. */
final class Places {
  static final CountryCode FRANCE = CountryCode.FRANCE;

  /** Countries abroad where the seed cases happen (Congo, Benin, El Salvador, Senegal...). */
  static final List<CountryCode> ABROAD = List.of(
      CountryCode.of("CG"), CountryCode.of("BJ"), CountryCode.of("SV"), CountryCode.of("SN"),
      CountryCode.of("GN"), CountryCode.of("LA"), CountryCode.of("VN"), CountryCode.of("ML"));

  /** France and every country abroad. */
  static final List<CountryCode> COUNTRIES = Stream.concat(Stream.of(FRANCE), ABROAD.stream()).toList();

  /** Currencies budgets are drawn in: the euro most often. */
  static final List<CurrencyCode> BUDGET_CURRENCIES = List.of(
      CurrencyCode.EUR, CurrencyCode.EUR, CurrencyCode.EUR, CurrencyCode.of("XOF"), CurrencyCode.of("USD"),
      CurrencyCode.of("XAF"));

  private static final Map<String, List<Territory>> TERRITORIES = Map.of(
      "FR", List.of(
          t("FR", TerritoryLevel.REGION, "Occitanie"),
          t("FR", TerritoryLevel.REGION, "Nouvelle-Aquitaine"),
          t("FR", TerritoryLevel.REGION, "Pays de la Loire"),
          t("FR", TerritoryLevel.REGION, "Centre-Val de Loire"),
          t("FR", TerritoryLevel.REGION, "Hauts-de-France"),
          t("FR", TerritoryLevel.REGION, "Auvergne-Rhône-Alpes"),
          t("FR", TerritoryLevel.REGION, "Bretagne"),
          t("FR", TerritoryLevel.DEPARTMENT, "Tarn-et-Garonne"),
          t("FR", TerritoryLevel.DEPARTMENT, "Hautes-Pyrénées"),
          t("FR", TerritoryLevel.DEPARTMENT, "Loire-Atlantique"),
          t("FR", TerritoryLevel.DEPARTMENT, "Sarthe"),
          t("FR", TerritoryLevel.MUNICIPALITY, "Montauban"),
          t("FR", TerritoryLevel.MUNICIPALITY, "Nantes"),
          t("FR", TerritoryLevel.MUNICIPALITY, "Lille")),
      "CG", List.of(
          t("CG", TerritoryLevel.DEPARTMENT, "Pool"),
          t("CG", TerritoryLevel.MUNICIPALITY, "Moulenda"),
          t("CG", TerritoryLevel.MUNICIPALITY, "Brazzaville")),
      "BJ", List.of(
          t("BJ", TerritoryLevel.DEPARTMENT, "Atlantique"),
          t("BJ", TerritoryLevel.MUNICIPALITY, "Kpomassé"),
          t("BJ", TerritoryLevel.MUNICIPALITY, "Ouidah")),
      "SV", List.of(
          t("SV", TerritoryLevel.DEPARTMENT, "La Libertad"),
          t("SV", TerritoryLevel.MUNICIPALITY, "Comasagua"),
          t("SV", TerritoryLevel.MUNICIPALITY, "San Salvador")),
      "SN", List.of(
          t("SN", TerritoryLevel.REGION, "Thiès"),
          t("SN", TerritoryLevel.MUNICIPALITY, "Joal-Fadiouth"),
          t("SN", TerritoryLevel.MUNICIPALITY, "Dakar")),
      "GN", List.of(
          t("GN", TerritoryLevel.REGION, "Kindia"),
          t("GN", TerritoryLevel.DISTRICT, "Sous-préfecture de Kindia")),
      "LA", List.of(
          t("LA", TerritoryLevel.REGION, "Luang Prabang"),
          t("LA", TerritoryLevel.MUNICIPALITY, "Vientiane")),
      "VN", List.of(
          t("VN", TerritoryLevel.MUNICIPALITY, "Hanoï"),
          t("VN", TerritoryLevel.REGION, "Bac Ninh")),
      "ML", List.of(
          t("ML", TerritoryLevel.REGION, "Kayes"),
          t("ML", TerritoryLevel.MUNICIPALITY, "Bamako")));

  private Places() {}

  /** @return the places of the seed cases in that country */
  static List<Territory> in(CountryCode country) {
    return TERRITORIES.getOrDefault(country.value(), List.of());
  }

  /** @return a country other than {@code country}, among those with places */
  static CountryCode otherThan(GenContext context, CountryCode country) {
    List<CountryCode> others = COUNTRIES.stream().filter(c -> !c.equals(country)).toList();
    return context.pick(others);
  }

  private static Territory t(String country, TerritoryLevel level, String name) {
    return Territory.of(CountryCode.of(country), level, name);
  }
}
