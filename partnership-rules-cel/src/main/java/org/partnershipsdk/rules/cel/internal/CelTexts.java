package org.partnershipsdk.rules.cel.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.partnershipsdk.core.model.Label;

/**
 * CEL's messages about an expression, which are in English, said in English and French: the common
 * ones (unknown name, unknown field, no matching overload, syntax error) in our own words, the
 * others in CEL's words with a French preface. Not for public use.
 */
final class CelTexts {
  private static final Pattern UNDECLARED = Pattern.compile("undeclared reference to '([^']*)'.*");
  private static final Pattern UNDEFINED_FIELD = Pattern.compile("undefined field '([^']*)'.*");
  private static final Pattern NO_OVERLOAD =
      Pattern.compile("found no matching overload for '([^']*)' applied to '\\(([^']*)\\)'.*");

  private CelTexts() {}

  static Label of(Expressions.Issue issue) {
    String message = issue.message();
    Matcher m = UNDECLARED.matcher(message);
    if (m.matches()) {
      return new Label("unknown name '" + m.group(1) + "': no variable or function of rule files has it",
          "nom inconnu « " + m.group(1) + " » : aucune variable ni fonction des fichiers de règles ne le porte");
    }
    m = UNDEFINED_FIELD.matcher(message);
    if (m.matches()) {
      return new Label("no field '" + m.group(1) + "' on this value",
          "cette valeur n'a pas de champ « " + m.group(1) + " »");
    }
    m = NO_OVERLOAD.matcher(message);
    if (m.matches()) {
      String function = operator(m.group(1));
      return new Label("'" + function + "' does not apply to (" + m.group(2) + ")",
          "« " + function + " » ne s'applique pas à (" + m.group(2) + ")");
    }
    if (message.equals("builds a value of a model type")) {
      return new Label("a rule reads the model and builds no value of its types",
          "une règle lit le modèle et ne construit aucune valeur de ses types");
    }
    if (message.equals("joins lists with +")) {
      return new Label("lists cannot be joined with + in a rule file", "les listes ne se joignent pas avec + dans un"
          + " fichier de règles");
    }
    return switch (issue.kind()) {
      case SYNTAX -> new Label("syntax error: " + message, "erreur de syntaxe : " + message);
      case LIMIT -> limit(message);
      default -> new Label(message, message + " (message de CEL, en anglais)");
    };
  }

  private static final Pattern LONGER = Pattern.compile("longer than (\\d+) characters");
  private static final Pattern NESTED = Pattern.compile("more than (\\d+) comprehensions nested in one another");

  private static Label limit(String message) {
    Matcher m = LONGER.matcher(message);
    if (m.matches()) {
      return new Label("the expression is longer than " + m.group(1) + " characters",
          "l'expression dépasse " + m.group(1) + " caractères");
    }
    m = NESTED.matcher(message);
    if (m.matches()) {
      return new Label("the expression nests more than " + m.group(1)
          + " comprehensions (exists, all, map, filter...) in one another",
          "l'expression imbrique plus de " + m.group(1)
              + " compréhensions (exists, all, map, filter...) les unes dans les autres");
    }
    return new Label("the expression is beyond the limits of rule files: " + message,
        "l'expression dépasse les limites des fichiers de règles : " + message + " (message de CEL, en anglais)");
  }

  /** {@code _+_} is written {@code +}, {@code !_} {@code !}, {@code _[_]} {@code []}. */
  private static String operator(String function) {
    if (!function.contains("_") || function.matches("[A-Za-z][A-Za-z0-9_]*")) {
      return function;
    }
    return function.replace("_", "");
  }
}
