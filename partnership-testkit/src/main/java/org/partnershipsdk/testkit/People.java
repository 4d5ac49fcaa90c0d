package org.partnershipsdk.testkit;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Everything personal the generators write: fictitious people's names, their e-mail addresses and
 * telephone numbers, their roles and skills, and respondents' comments. Every text here is
 * distinctive, so that a test can look for it in a {@code toString()}; no other text the generators
 * write contains one of them.
 */
final class People {
  /** Fictitious names: the surnames say so (Exemple, Fictive, Imaginaire...). */
  static final List<String> NAMES = List.of(
      "Camille Exemple", "Awa Fictive", "Koffi Imaginaire", "Mariama Factice",
      "José Inventado", "Lucía Ficticia", "Ousmane Prête-Nom", "Fatou Hypothèse",
      "Rodrigo Supuesto", "Claire Pseudonyme", "Yao Figurant", "Aïcha Anonyme",
      "Thomas Doublure", "Nadia Prototype", "Sékou Maquette", "Carmen Ejemplo");

  /** The e-mail address of each name, in the same order. */
  static final List<String> EMAILS = NAMES.stream().map(People::email).toList();

  /** Mistyped e-mail addresses (the {@code @} forgotten), one for each name, in the same order. */
  static final List<String> MISTYPED_EMAILS = EMAILS.stream().map(e -> e.replace('@', '.')).toList();

  /** A telephone number for each name, in the same order. */
  static final List<String> PHONES = phones();

  /** Roles of contact persons in their organisation. */
  static final List<String> CONTACT_ROLES = List.of(
      "Coordinatrice des projets", "Trésorier bénévole", "Partnerships officer", "Directrice exécutive");

  /** Functions of the people who sign agreements. */
  static final List<String> SIGNATORY_FUNCTIONS = List.of(
      "Présidente fédérale signataire", "Délégué général signataire", "Authorised signatory, treasurer");

  /** Skills volunteers lend. */
  static final List<String> SKILLS = List.of(
      "hydrology", "topography", "electrical engineering", "food processing", "food safety",
      "cooperative accounting", "organic market gardening", "solar installation");

  /** Roles of volunteers on a mission. */
  static final List<String> VOLUNTEER_ROLES = List.of(
      "Ingénieur hydraulicien", "Technologue alimentaire", "Formatrice en comptabilité");

  /** What a programme officer covers. */
  static final List<String> OFFICER_AREAS = List.of(
      "Afrique de l'Ouest", "Amérique centrale", "Asie du Sud-Est", "Thème migrations",
      "Thème souveraineté alimentaire");

  /** Respondents' comments; {@code %s} is a person's name, so every comment is distinctive. */
  static final List<String> COMMENT_TEMPLATES = List.of(
      "D'après %s, l'écoute s'est nettement améliorée depuis la dernière visite",
      "%s regrette que le budget ait été fixé sans nous",
      "According to %s, both sides now share their plans early",
      "%s says the last report arrived late and unannounced");

  private People() {}

  /** @return a comment naming a person */
  static String comment(GenContext context) {
    return String.format(Locale.ROOT, context.pick(COMMENT_TEMPLATES), context.pick(NAMES));
  }

  /** @return every personal text the generators may write */
  static List<String> all() {
    Set<String> all = new LinkedHashSet<>();
    all.addAll(NAMES);
    all.addAll(EMAILS);
    all.addAll(MISTYPED_EMAILS);
    all.addAll(PHONES);
    all.addAll(CONTACT_ROLES);
    all.addAll(SIGNATORY_FUNCTIONS);
    all.addAll(SKILLS);
    all.addAll(VOLUNTEER_ROLES);
    all.addAll(OFFICER_AREAS);
    for (String template : COMMENT_TEMPLATES) {
      for (String name : NAMES) {
        all.add(String.format(Locale.ROOT, template, name));
      }
    }
    return List.copyOf(all);
  }

  private static String email(String name) {
    String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return ascii.toLowerCase(Locale.ROOT).replace(' ', '.') + "@example.org";
  }

  private static List<String> phones() {
    List<String> phones = new ArrayList<>();
    for (int i = 0; i < NAMES.size(); i++) {
      phones.add(String.format(Locale.ROOT, "+33 6 99 00 %02d %02d", i, 99 - i));
    }
    return List.copyOf(phones);
  }
}
