package org.partnershipsdk.iati.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import org.partnershipsdk.iati.IatiLeftOut;

/** The module's own messages, in English and French. Not for public use. */
public final class IatiTexts {
  private static final int MAX_QUOTED = 64;
  private static final Properties EXPORT_EN = load("export.properties");
  private static final Properties EXPORT_FR = load("export_fr.properties");

  private IatiTexts() {}

  static String codeUnknown(String code, String list, boolean french) {
    return french ? "Le code « " + quoted(code) + " » n'est pas dans la liste de codes IATI " + list
        : "The code \"" + quoted(code) + "\" is not on the IATI codelist " + list;
  }

  static String codeWithdrawn(String code, String list, boolean french) {
    return french ? "Le code « " + quoted(code) + " » a été retiré de la liste de codes IATI " + list
        : "The code \"" + quoted(code) + "\" was withdrawn from the IATI codelist " + list;
  }

  /**
   * @param detail the schema validator's message in that language
   * @param french whether in French
   * @return the message of a schema violation
   */
  public static String schema(String detail, boolean french) {
    return (french ? "Le fichier ne suit pas le schéma IATI 2.03 : " : "The file does not follow the IATI 2.03 schema: ")
        + detail;
  }

  /**
   * @param detail the XML reader's message
   * @param french whether in French
   * @return the message of a file that is not XML
   */
  public static String malformed(String detail, boolean french) {
    return (french ? "Le fichier n'est pas du XML bien formé : " : "The file is not well-formed XML: ") + detail;
  }

  /**
   * @param french whether in French
   * @return the message of a file that declares a document type
   */
  public static String doctype(boolean french) {
    return french ? "Le fichier déclare un type de document (DOCTYPE), refusé : un fichier IATI n'en a pas"
        : "The file declares a document type (DOCTYPE), which is refused: an IATI file has none";
  }

  /**
   * @param max the limit, in bytes
   * @param french whether in French
   * @return the message of a file longer than the limit
   */
  public static String tooLarge(long max, boolean french) {
    return french ? "Le fichier dépasse la taille maximale de " + max + " octets"
        : "The file is longer than the limit of " + max + " bytes";
  }

  /**
   * @param reason what failed
   * @param french whether in French
   * @return the message of a file that cannot be read
   */
  public static String io(String reason, boolean french) {
    return (french ? "Le fichier n'a pas pu être lu : " : "The file could not be read: ") + reason;
  }

  /**
   * @param code a code of the export's texts ({@code iati.export.*}, {@code iati.config.*})
   * @param values the values the text names, such as {@code value}; quoted to 64 characters
   * @param french whether in French
   * @return the text, the code itself when there is none
   */
  public static String text(String code, Map<String, String> values, boolean french) {
    String text = (french ? EXPORT_FR : EXPORT_EN).getProperty(code, code);
    for (Map.Entry<String, String> value : values.entrySet()) {
      text = text.replace("{" + value.getKey() + "}", quoted(String.valueOf(value.getValue())));
    }
    return text;
  }

  /**
   * @param code the reason's code, one of {@link IatiLeftOut}'s
   * @param path where in the initiative
   * @param values the values its texts name
   * @return what is left out, and why in English and French
   */
  static IatiLeftOut leftOut(String code, String path, Map<String, String> values) {
    return new IatiLeftOut(code, path, text(code, values, false), text(code, values, true));
  }

  /**
   * @param locale the reader's locale
   * @param english the text in English
   * @param french the text in French
   * @return the French text for a French locale, the English one otherwise
   */
  public static String inLanguage(java.util.Locale locale, String english, String french) {
    return locale != null && "fr".equals(locale.getLanguage()) ? french : english;
  }

  private static Properties load(String name) {
    Properties texts = new Properties();
    try (InputStream in = IatiTexts.class.getResourceAsStream("/org/partnershipsdk/iati/texts/" + name)) {
      texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return texts;
  }

  private static String quoted(String text) {
    return text.length() <= MAX_QUOTED ? text : text.substring(0, MAX_QUOTED) + "…";
  }
}
