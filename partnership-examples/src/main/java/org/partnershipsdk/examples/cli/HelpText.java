package org.partnershipsdk.examples.cli;

import java.util.Locale;

/** The text {@code --help} prints, in English and French; the module README says the same. */
final class HelpText {
  private static final CliText HELP = CliText.of("""
      partnership-cli: checks partnership-sdk JSON documents with the model's validation and the
      rules of good partnership practice.

      Usage:
        java -jar partnership-cli.jar check [--profile NAME] [--as-of DATE] [--format text|json]
                                            [--type DOCUMENT] [--strict] [--lang en|fr] FILE...
        java -jar partnership-cli.jar schema [DOCUMENT]
        java -jar partnership-cli.jar explain [--lang en|fr] RULE-ID
        java -jar partnership-cli.jar rules [--lang en|fr]
        java -jar partnership-cli.jar --help [--lang en|fr]

      Commands:
        check FILE...      read each document (any type: portfolio, initiative, mission...,
                           the one its envelope's "type" names), validate it (every violation
                           is an error) and run the rules of each element's
                           programme's profile, default for the rest
        schema [DOCUMENT]  print the JSON Schema of a document type ({default-document} when none
                           is named), or of this command's JSON report: check-report
        explain RULE-ID    a rule's description, severity and parameters, and the profiles
                           that run it
        rules              the catalogue of built-in rules

      Options:
        --profile NAME     check: default, caac or explor, for every element
                           (default: each programme's profile)
        --as-of DATE       check: the day time-based rules take as today, YYYY-MM-DD
                           (default: today)
        --format FORMAT    check: text, a table grouped by element, or json, a check-report
                           document (default: text)
        --type DOCUMENT    check: read every file as this document type (portfolio,
                           initiative, mission...); a file of another type is unreadable
                           (default: the type each file's envelope names)
        --strict           check: a property the SDK does not know makes the file unreadable
        --lang LANG        the language of messages: en or fr (default: en)
        -h, --help         print this help

      Exit codes (the first that applies):
        64  usage error: unknown command or option, missing argument, bad date, unknown
            profile, rule or document type
        2   a file cannot be read as a document (malformed JSON, wrong type, unsupported
            schema version...): the error output names the file, line, column, JSON Pointer
            and code
        1   at least one finding of severity error (validation violations are errors)
        0   no finding of severity error
      """, """
      partnership-cli : vérifie des documents JSON de partnership-sdk avec la validation du
      modèle et les règles de bonne pratique du partenariat.

      Usage :
        java -jar partnership-cli.jar check [--profile NOM] [--as-of DATE] [--format text|json]
                                            [--type DOCUMENT] [--strict] [--lang en|fr] FICHIER...
        java -jar partnership-cli.jar schema [DOCUMENT]
        java -jar partnership-cli.jar explain [--lang en|fr] ID-RÈGLE
        java -jar partnership-cli.jar rules [--lang en|fr]
        java -jar partnership-cli.jar --help [--lang en|fr]

      Commandes :
        check FICHIER...   lit chaque document (de tout type : portfolio, initiative,
                           mission..., celui que nomme le « type » de son enveloppe), le valide
                           (toute violation est une erreur) et applique à chaque élément les
                           règles du profil de son dispositif, default pour le reste
        schema [DOCUMENT]  affiche le schéma JSON d'un type de document ({default-document} si
                           aucun n'est nommé), ou du rapport JSON de check : check-report
        explain ID-RÈGLE   la description d'une règle, sa gravité, ses paramètres et les
                           profils qui l'appliquent
        rules              le catalogue des règles intégrées

      Options :
        --profile NOM      check : default, caac ou explor, pour tout élément
                           (par défaut : le profil de chaque dispositif)
        --as-of DATE       check : le jour que les règles liées au temps prennent pour
                           aujourd'hui, AAAA-MM-JJ (par défaut : aujourd'hui)
        --format FORMAT    check : text, un tableau groupé par élément, ou json, un document
                           check-report (par défaut : text)
        --type DOCUMENT    check : lit chaque fichier comme ce type de document (portfolio,
                           initiative, mission...) ; un fichier d'un autre type est illisible
                           (par défaut : le type que nomme l'enveloppe de chaque fichier)
        --strict           check : une propriété que le SDK ne connaît pas rend le fichier
                           illisible
        --lang LANGUE      la langue des messages : en ou fr (par défaut : en)
        -h, --help         affiche cette aide

      Codes de sortie (le premier qui s'applique) :
        64  erreur d'usage : commande ou option inconnue, argument manquant, date invalide,
            profil, règle ou type de document inconnu
        2   un fichier ne peut être lu comme document (JSON mal formé, mauvais type, version
            de schéma non prise en charge...) : la sortie d'erreur nomme le fichier, la ligne,
            la colonne, le pointeur JSON et le code
        1   au moins un constat de gravité erreur (les violations de validation sont des
            erreurs)
        0   aucun constat de gravité erreur
      """);

  private HelpText() {}

  static String in(Locale locale) {
    return HELP.in(locale, "default-document", SchemaTexts.DEFAULT_DOCUMENT);
  }
}
