package org.partnershipsdk.core.organisation;

import java.util.Locale;
import org.partnershipsdk.core.internal.Texts;
import org.partnershipsdk.core.model.Coded;
import org.partnershipsdk.core.model.Label;

/**
 * The nature of an organisation (nature, statut de l'organisation). The list is closed because rules
 * depend on it (a multi-actor initiative should bring together organisations of different natures);
 * {@link #OTHER} is the escape, and an organisation of that nature names it in
 * {@link Organisation#otherNature()}.
 */
public enum OrganisationNature implements Coded {
  /** An association or non-governmental organisation (association, ONG, OSC). */
  ASSOCIATION("association", "Association or NGO", "Association ou ONG"),
  /** An organisation founded by people from a diaspora (OSIM: organisation de solidarité issue des migrations). */
  DIASPORA_ORGANISATION("diaspora-organisation", "Diaspora organisation",
      "Organisation de solidarité issue des migrations (OSIM)"),
  /** An actor of the social and solidarity economy (acteur de l'ESS), such as a social enterprise. */
  SOLIDARITY_ECONOMY_ACTOR("solidarity-economy-actor", "Social and solidarity economy actor",
      "Acteur de l'économie sociale et solidaire (ESS)"),
  /** A cooperative or a farmers' group (coopérative, groupement paysan). */
  COOPERATIVE("cooperative", "Cooperative or farmers' group", "Coopérative ou groupement paysan"),
  /** A trade union or a confederation of unions (syndicat). */
  TRADE_UNION("trade-union", "Trade union", "Organisation syndicale"),
  /** A local or regional authority (collectivité territoriale: commune, département, région). */
  LOCAL_AUTHORITY("local-authority", "Local or regional authority", "Collectivité territoriale"),
  /** A public agency or a government body (établissement public, administration). */
  PUBLIC_AGENCY("public-agency", "Public agency", "Établissement ou administration publique"),
  /** A university or a research body (université, organisme de recherche). */
  UNIVERSITY("university", "University or research body", "Université ou organisme de recherche"),
  /** A school or a training centre (lycée, maison familiale rurale...). */
  SCHOOL("school", "School", "Établissement scolaire"),
  /** A company (entreprise). */
  COMPANY("company", "Company", "Entreprise"),
  /** A network, a federation or a collective of organisations (réseau, fédération, collectif). */
  NETWORK("network", "Network or federation", "Réseau ou fédération"),
  /** A foundation (fondation). */
  FOUNDATION("foundation", "Foundation", "Fondation"),
  /** An informal community group (groupe communautaire, groupement de fait), such as farming families. */
  COMMUNITY_GROUP("community-group", "Community group", "Groupe communautaire"),
  /** None of the above; the organisation names its nature in {@link Organisation#otherNature()}. */
  OTHER("other", "Other", "Autre");

  private final String code;
  private final Label label;

  OrganisationNature(String code, String en, String fr) {
    this.code = code;
    this.label = new Label(en, fr);
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String label(Locale locale) {
    return Texts.text("organisation-nature." + code(), label, locale);
  }
}
