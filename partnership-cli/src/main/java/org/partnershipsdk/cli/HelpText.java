package org.partnershipsdk.cli;

import java.util.Locale;

/** The text {@code --help} prints, in English and French; the module README says the same. */
final class HelpText {
  private static final CliText HELP = CliText.of("""
      partnership-cli: checks partnership-sdk JSON documents with the model's validation and the
      rules of good partnership practice.

      Usage:
        java -jar partnership-cli.jar check [--profile NAME] [--as-of DATE] [--format text|json]
                                            [--type DOCUMENT] [--strict] [--no-length-limit]
                                            [--rules RULE-FILE]... [--lang en|fr] FILE...
        java -jar partnership-cli.jar schema [DOCUMENT]
        java -jar partnership-cli.jar explain [--lang en|fr] RULE-ID
        java -jar partnership-cli.jar rules [--validate RULE-FILE] [--lang en|fr]
        java -jar partnership-cli.jar catalogue [messages|codes] [--lang en|fr|es]
        java -jar partnership-cli.jar export-iati [--output FILE] [--reporting-org ID]
                                            [--organisation-identifier ID=IATI-ID]...
                                            [--language CODE] [--currency CODE]
                                            [--include-contact-person] [--strict]
                                            [--no-length-limit] FILE
        java -jar partnership-cli.jar check-iati [--format text|json] [--lang en|fr] XML-FILE...
        java -jar partnership-cli.jar generate-completion
        java -jar partnership-cli.jar --help [--lang en|fr] | --version

      Commands:
        check FILE...      read each document (any type: portfolio, initiative, mission...,
                           the one its envelope's "type" names), validate it (every violation
                           is an error) and run the rules of each element's
                           programme's profile, default for the rest
        schema [DOCUMENT]  print the JSON Schema of a document type ({default-document} when none
                           is named), or of this command's JSON report: check-report
        explain RULE-ID    a rule's description, severity and parameters, and the profiles
                           that run it
        rules              the catalogue of built-in rules; with --validate, check a rule file
        catalogue [messages|codes]
                           every message template by key, or every code list with its
                           labels, as JSON in the language of --lang (default: messages)
        export-iati FILE   a portfolio or initiative document as an IATI 2.03 activity file,
                           on standard output or in --output; initiatives that cannot make
                           a valid activity are named on the error output
        check-iati XML-FILE...
                           check IATI activity files against the 2.03 schema, the IATI
                           Standard ruleset and the codelists (exit codes as check)
        generate-completion
                           a bash or zsh completion script: source <(java -jar
                           partnership-cli.jar generate-completion)

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
        --no-length-limit  check, export-iati: read a file longer than 64 MiB (or ten million
                           tokens) whole, as it must be to be checked; only for files you trust
        --rules RULE-FILE  check: a rule file (YAML or JSON, see docs/rule-files.md) whose rules
                           and profile apply, in order, to the profile; repeatable. Without
                           --profile, the profile a file names as its base is the start;
                           the profile the files make runs on every element
        --validate FILE    rules: load a rule file and list its problems, with their line and
                           column (exit code 1 when it is refused)
        --output FILE      export-iati: write the XML there instead of standard output
        --reporting-org ID export-iati: the organisation that publishes every activity
                           (default: each initiative's supporting organisation, else its holder)
        --organisation-identifier ID=IATI-ID
                           export-iati: an organisation's IATI identifier, such as
                           spf=FR-RCS-123456789 (default: its registeredIdentifier); repeatable
        --language CODE    export-iati: the ISO 639-1 language of the texts (default: en)
        --currency CODE    export-iati: the default currency (default: EUR)
        --include-contact-person
                           export-iati: publish the reporting organisation's contact person
                           (personal data: IATI files are public)
        --lang LANG        the language of messages: en, fr or es (default: en); the
                           checker's own texts are in English or French
        -h, --help         print this help
        -V, --version      print the checker's version

      Exit codes (the first that applies):
        64  usage error: unknown command or option, missing argument, bad date, unknown
            profile, rule or document type
        2   a file cannot be read as a document (malformed JSON, wrong type, unsupported
            schema version...), or a rule file is refused: the error output names the file,
            line, column, JSON Pointer and code
        1   at least one finding of severity error (validation violations are errors); for
            rules --validate, the rule file is refused
        0   no finding of severity error
      """, """
      partnership-cli : vérifie des documents JSON de partnership-sdk avec la validation du
      modèle et les règles de bonne pratique du partenariat.

      Usage :
        java -jar partnership-cli.jar check [--profile NOM] [--as-of DATE] [--format text|json]
                                            [--type DOCUMENT] [--strict] [--no-length-limit]
                                            [--rules FICHIER-RÈGLES]... [--lang en|fr] FICHIER...
        java -jar partnership-cli.jar schema [DOCUMENT]
        java -jar partnership-cli.jar explain [--lang en|fr] ID-RÈGLE
        java -jar partnership-cli.jar rules [--validate FICHIER-RÈGLES] [--lang en|fr]
        java -jar partnership-cli.jar catalogue [messages|codes] [--lang en|fr|es]
        java -jar partnership-cli.jar export-iati [--output FICHIER] [--reporting-org ID]
                                            [--organisation-identifier ID=ID-IATI]...
                                            [--language CODE] [--currency CODE]
                                            [--include-contact-person] [--strict]
                                            [--no-length-limit] FICHIER
        java -jar partnership-cli.jar check-iati [--format text|json] [--lang en|fr] FICHIER-XML...
        java -jar partnership-cli.jar generate-completion
        java -jar partnership-cli.jar --help [--lang en|fr] | --version

      Commandes :
        check FICHIER...   lit chaque document (de tout type : portfolio, initiative,
                           mission..., celui que nomme le « type » de son enveloppe), le valide
                           (toute violation est une erreur) et applique à chaque élément les
                           règles du profil de son dispositif, default pour le reste
        schema [DOCUMENT]  affiche le schéma JSON d'un type de document ({default-document} si
                           aucun n'est nommé), ou du rapport JSON de check : check-report
        explain ID-RÈGLE   la description d'une règle, sa gravité, ses paramètres et les
                           profils qui l'appliquent
        rules              le catalogue des règles intégrées ; avec --validate, vérifie un
                           fichier de règles
        catalogue [messages|codes]
                           chaque modèle de message par clé, ou chaque liste de codes avec
                           ses libellés, en JSON dans la langue de --lang (par défaut : messages)
        export-iati FICHIER
                           un document portefeuille ou initiative en fichier d'activités IATI
                           2.03, sur la sortie standard ou dans --output ; la sortie d'erreur
                           nomme les initiatives qui ne peuvent faire une activité valide
        check-iati FICHIER-XML...
                           vérifie des fichiers d'activités IATI avec le schéma 2.03, le
                           ruleset IATI Standard et les listes de codes (codes de sortie de check)
        generate-completion
                           un script de complétion bash ou zsh : source <(java -jar
                           partnership-cli.jar generate-completion)

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
        --no-length-limit  check, export-iati : lit en entier, comme il faut pour le vérifier, un
                           fichier de plus de 64 Mio (ou de dix millions de jetons) ; seulement
                           pour des fichiers de confiance
        --rules FICHIER    check : un fichier de règles (YAML ou JSON, voir docs/rule-files.md)
                           dont les règles et le profil s'appliquent, dans l'ordre, au profil ;
                           répétable. Sans --profile, le profil qu'un fichier nomme pour base
                           est le point de départ ; le profil que font les fichiers s'applique à
                           tout élément
        --validate FICHIER rules : charge un fichier de règles et liste ses problèmes, avec leur
                           ligne et leur colonne (code de sortie 1 s'il est refusé)
        --output FICHIER   export-iati : écrit le XML là plutôt que sur la sortie standard
        --reporting-org ID export-iati : l'organisation qui publie chaque activité (par défaut :
                           l'organisation d'appui de chaque initiative, sinon son porteur)
        --organisation-identifier ID=ID-IATI
                           export-iati : l'identifiant IATI d'une organisation, comme
                           spf=FR-RCS-123456789 (par défaut : son registeredIdentifier) ; répétable
        --language CODE    export-iati : la langue ISO 639-1 des textes (par défaut : en)
        --currency CODE    export-iati : la devise par défaut (par défaut : EUR)
        --include-contact-person
                           export-iati : publie la personne de contact de l'organisation qui
                           publie (donnée personnelle : les fichiers IATI sont publics)
        --lang LANGUE      la langue des messages : en, fr ou es (par défaut : en) ; les
                           textes propres au vérificateur sont en anglais ou en français
        -h, --help         affiche cette aide
        -V, --version      affiche la version du vérificateur

      Codes de sortie (le premier qui s'applique) :
        64  erreur d'usage : commande ou option inconnue, argument manquant, date invalide,
            profil, règle ou type de document inconnu
        2   un fichier ne peut être lu comme document (JSON mal formé, mauvais type, version
            de schéma non prise en charge...), ou un fichier de règles est refusé : la sortie
            d'erreur nomme le fichier, la ligne, la colonne, le pointeur JSON et le code
        1   au moins un constat de gravité erreur (les violations de validation sont des
            erreurs) ; pour rules --validate, le fichier de règles est refusé
        0   aucun constat de gravité erreur
      """);

  private HelpText() {}

  static String in(Locale locale) {
    return HELP.in(locale, "default-document", SchemaTexts.DEFAULT_DOCUMENT);
  }
}
