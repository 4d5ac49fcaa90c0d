package org.partnershipsdk.core.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.partnershipsdk.core.model.Coded;
import org.partnershipsdk.core.model.Money;

/**
 * The texts people read — validation and read messages, rule titles and messages, labels of codes
 * — in the reader's language, and how to add a language or change any text.
 *
 * <p>Texts are {@link ResourceBundle} properties files (UTF-8), one family per area, named as
 * {@code ResourceBundle} names them: {@code validation.properties} (English, the root),
 * {@code validation_fr.properties}, {@code validation_es.properties}. For a reader's locale, such
 * as {@code es-SV}, a text is looked up in {@code es_SV}, then {@code es}, then the root: a language
 * the SDK does not ship reads English, whatever the JVM's default locale.
 *
 * <p><b>Your own texts.</b> Register a bundle family of your own and it is searched before the
 * SDK's: your files first ({@code es_SV}, {@code es}, then your root), then the SDK's. A key in
 * {@code acme/texts_pt.properties} gives Portuguese, one in {@code acme/texts_fr.properties}
 * replaces the SDK's French text, one in the root {@code acme/texts.properties} replaces the text
 * for every language you wrote no file with that key for, the SDK's French and Spanish included
 * (write {@code acme/texts_en.properties} to change the English text alone).
 *
 * <pre>{@code
 * Texts.addBundle("acme.texts");     // acme/texts_pt.properties... on the class path
 * violation.message(Locale.forLanguageTag("pt"));
 * }</pre>
 *
 * <p>Keys are the stable codes: a violation's or a read problem's code ({@code value.required}),
 * {@code RULE-ID.title}, {@code .explanation}, {@code .message} and
 * {@code .parameter.NAME} for a rule (yours too), {@code LIST.CODE} for the label of a code
 * ({@code stage.implementation}). The catalogues the SDK ships list every key
 * ({@code partnership-sdk/catalogues/messages_LANG.json}).
 *
 * <p><b>Values in messages</b> are shown for the reader's locale ({@link #show(Object, Locale)}):
 * codes by their label, dates in words ({@code 20 novembre 2023}), numbers and amounts with the
 * locale's separators and currency ({@code 65 000,00 €}).
 */
public final class Texts {
  /** The languages the SDK ships a text in for every key: English, French, Spanish. */
  public static final List<Locale> LANGUAGES =
      List.of(Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("es"));

  private static final ResourceBundle.Control NAMING =
      ResourceBundle.Control.getControl(ResourceBundle.Control.FORMAT_PROPERTIES);
  private static final List<UserBundle> USER_BUNDLES = new CopyOnWriteArrayList<>();

  private final List<Family> families;

  private Texts(List<Family> families) {
    this.families = List.copyOf(families);
  }

  /**
   * The texts of one part of the SDK, for its own use: families of properties files that the part
   * reads from its own module.
   *
   * @param opener opens a resource of the calling module, written
   *     {@code name -> MyClass.class.getResourceAsStream(name)} so that the module reads its own
   *     files (the module system lets no other module read them)
   * @param baseNames absolute resource names without language and extension, such as
   *     {@code /org/partnershipsdk/core/texts/validation}
   * @return the texts
   */
  public static Texts of(Function<String, InputStream> opener, String... baseNames) {
    Objects.requireNonNull(opener, "opener");
    List<Family> families = new ArrayList<>();
    for (String baseName : baseNames) {
      families.add(new Family(baseName, locale -> read(opener, resource(baseName, locale))));
    }
    return new Texts(families);
  }

  /**
   * Registers a bundle family of yours, searched before the SDK's texts: the properties files
   * {@code baseName_LANG.properties} found by the context class loader (or this class's loader).
   *
   * @param baseName the family's name, such as {@code acme.texts} for {@code acme/texts_pt.properties}
   */
  public static void addBundle(String baseName) {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    addBundle(baseName, loader != null ? loader : Texts.class.getClassLoader());
  }

  /**
   * @param baseName the family's name, such as {@code acme.texts}
   * @param loader the class loader that finds its files
   */
  public static void addBundle(String baseName, ClassLoader loader) {
    Objects.requireNonNull(baseName, "baseName");
    Objects.requireNonNull(loader, "loader");
    USER_BUNDLES.add(0, new UserBundle(baseName, loader, new ConcurrentHashMap<>()));
  }

  /**
   * @param baseName a family registered with {@link #addBundle(String)}
   * @return whether it was registered (and is no longer)
   */
  public static boolean removeBundle(String baseName) {
    return USER_BUNDLES.removeIf(bundle -> bundle.baseName.equals(baseName));
  }

  /**
   * @param key a text's key
   * @param locale the reader's locale
   * @return the text: yours in the most specific language you wrote one for (your root file
   *     included), else the SDK's in the most specific language that has one; the key itself when
   *     there is none
   */
  public String template(String key, Locale locale) {
    return find(key, locale).orElse(key);
  }

  /**
   * @param key a text's key
   * @param locale the reader's locale
   * @return the text: yours in the most specific language you wrote one for (your root file
   *     included), else the SDK's; empty when no language has one
   */
  public Optional<String> find(String key, Locale locale) {
    // Yours in every candidate language before the SDK's in any: your root file is your text for
    // the languages you wrote no file for, as rule texts read it (internal.Texts.text).
    Optional<String> yours = overriding(key, locale);
    if (yours.isPresent()) {
      return yours;
    }
    for (Locale candidate : candidates(locale)) {
      Optional<String> text = own(key, candidate);
      if (text.isPresent()) {
        return text;
      }
    }
    return Optional.empty();
  }

  /**
   * A text registered with {@link #addBundle(String)}, for texts that do not come from the SDK's
   * own families (a custom rule's title, say).
   *
   * @param key a text's key
   * @param locale the reader's locale
   * @return your text, in the most specific language that has one
   */
  public static Optional<String> overriding(String key, Locale locale) {
    for (Locale candidate : candidates(locale)) {
      Optional<String> text = overridden(key, candidate);
      if (text.isPresent()) {
        return text;
      }
    }
    return Optional.empty();
  }

  /**
   * @param key a text's key
   * @param locale a language, such as {@code es}
   * @return whether the SDK itself ships a text for the key in exactly that language (the root
   *     for English)
   */
  public boolean ships(String key, Locale locale) {
    return shipped(key, locale).isPresent();
  }

  /**
   * The SDK's own text, whatever bundles of yours are registered: for data the SDK ships in its
   * texts (the standard reciprocity criteria's English and French), which a bundle registered
   * later or earlier must not change.
   *
   * @param key a text's key
   * @param locale a language, such as {@code fr}
   * @return the text the SDK itself ships for the key in exactly that language (the root for
   *     English); empty when it ships none
   */
  public Optional<String> shipped(String key, Locale locale) {
    Locale exact = Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? Locale.ROOT : locale;
    return own(key, exact);
  }

  /** @return every key the SDK ships a text for, sorted */
  public Set<String> keys() {
    Set<String> keys = new TreeSet<>();
    for (Family family : families) {
      family.bundle(Locale.ROOT).ifPresent(bundle -> keys.addAll(bundle.keySet()));
    }
    return keys;
  }

  /**
   * @param key a text's key
   * @param locale the reader's locale
   * @param arguments values for the {@code {name}} placeholders
   * @return the text with its placeholders filled, each value {@linkplain #show shown} for the
   *     locale
   */
  public String format(String key, Locale locale, Map<String, ?> arguments) {
    return fill(template(key, locale), locale, arguments);
  }

  /**
   * Fills {@code {name}} placeholders in one pass (a value holding braces is never filled in
   * turn); unknown placeholders are left as written.
   *
   * @param template a text with {@code {name}} placeholders
   * @param locale the reader's locale, for the values
   * @param arguments values for the placeholders
   * @return the filled text
   */
  public static String fill(String template, Locale locale, Map<String, ?> arguments) {
    if (arguments.isEmpty() || template.indexOf('{') < 0) {
      return template;
    }
    StringBuilder out = new StringBuilder(template.length() + 16);
    int i = 0;
    while (i < template.length()) {
      int open = template.indexOf('{', i);
      int close = open < 0 ? -1 : template.indexOf('}', open);
      if (close < 0) {
        out.append(template, i, template.length());
        break;
      }
      out.append(template, i, open);
      Object value = arguments.get(template.substring(open + 1, close));
      out.append(value != null ? show(value, locale) : template.substring(open, close + 1));
      i = close + 1;
    }
    return out.toString();
  }

  /**
   * Cuts the long texts among a message's arguments: an argument can be a document's text, of any
   * length, and a message should quote a few words of it, not all of it.
   *
   * @param arguments values for placeholders
   * @param max the most characters a value may show
   * @return the same arguments, each value longer than {@code max} characters as text cut to
   *     {@code max} and followed by "…"; the map itself when none is. A member of a code list
   *     ({@link Coded}) is kept whole: it is shown by its label, not by its name.
   */
  public static Map<String, ?> quoted(Map<String, ?> arguments, int max) {
    Map<String, Object> cut = null;
    for (Map.Entry<String, ?> argument : arguments.entrySet()) {
      if (argument.getValue() instanceof Coded) {
        continue;
      }
      String text = String.valueOf(argument.getValue());
      if (text.length() > max) {
        if (cut == null) {
          cut = new HashMap<>(arguments);
        }
        cut.put(argument.getKey(), cut(text, max));
      }
    }
    return cut == null ? arguments : cut;
  }

  /**
   * @param text a text
   * @param max the most characters to keep
   * @return the text if it is short enough, else its first {@code max} characters (one fewer
   *     rather than half a surrogate pair) followed by "…"
   */
  public static String cut(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
    return text.substring(0, end) + "…";
  }

  /**
   * @param value a value a message names
   * @param locale the reader's locale
   * @return the value as that reader reads it: a code by its label, a date in words, a number or
   *     an amount with the locale's separators (and currency); anything else as written
   */
  public static String show(Object value, Locale locale) {
    Locale shown = locale == null ? Locale.ENGLISH : locale;
    if (value instanceof Coded coded) {
      return coded.label(shown);
    }
    if (value instanceof LocalDate date) {
      return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(shown).format(date);
    }
    if (value instanceof Money money) {
      if (!money.currency().isDefined()) {
        return show(money.amount(), shown) + " " + money.currency().value();
      }
      NumberFormat format = NumberFormat.getCurrencyInstance(shown);
      Currency currency = Currency.getInstance(money.currency().value());
      format.setCurrency(currency);
      int digits = Math.max(money.amount().scale(), Math.max(currency.getDefaultFractionDigits(), 0));
      format.setMinimumFractionDigits(digits);
      format.setMaximumFractionDigits(digits);
      return format.format(money.amount());
    }
    if (value instanceof BigDecimal decimal) {
      NumberFormat format = NumberFormat.getNumberInstance(shown);
      format.setMinimumFractionDigits(Math.max(decimal.scale(), 0));
      format.setMaximumFractionDigits(Math.max(decimal.scale(), 0));
      return format.format(decimal);
    }
    if (value instanceof Integer || value instanceof Long || value instanceof Short) {
      return NumberFormat.getIntegerInstance(shown).format(value);
    }
    if (value instanceof Double || value instanceof Float) {
      return NumberFormat.getNumberInstance(shown).format(value);
    }
    return String.valueOf(value);
  }

  /**
   * @param arguments values keyed by name
   * @param locale the reader's locale
   * @return the same names with each value {@linkplain #show shown}, in order
   */
  public static Map<String, String> shown(Map<String, ?> arguments, Locale locale) {
    Map<String, String> shown = new LinkedHashMap<>();
    arguments.forEach((name, value) -> shown.put(name, show(value, locale)));
    return shown;
  }

  private Optional<String> own(String key, Locale candidate) {
    for (Family family : families) {
      Optional<ResourceBundle> bundle = family.bundle(candidate);
      if (bundle.isPresent() && bundle.get().containsKey(key)) {
        return Optional.of(bundle.get().getString(key));
      }
    }
    return Optional.empty();
  }

  private static Optional<String> overridden(String key, Locale candidate) {
    for (UserBundle user : USER_BUNDLES) {
      Optional<ResourceBundle> bundle = user.bundle(candidate);
      if (bundle.isPresent() && bundle.get().containsKey(key)) {
        return Optional.of(bundle.get().getString(key));
      }
    }
    return Optional.empty();
  }

  /** {@code es-SV}: es_SV, es, root. Never the JVM's default locale. */
  private static List<Locale> candidates(Locale locale) {
    return NAMING.getCandidateLocales("", locale == null ? Locale.ROOT : locale);
  }

  private static String resource(String baseName, Locale locale) {
    return NAMING.toResourceName(NAMING.toBundleName(baseName, locale), "properties");
  }

  private static Optional<ResourceBundle> read(Function<String, InputStream> opener, String resource) {
    try (InputStream in = opener.apply(resource)) {
      return in == null ? Optional.empty() : Optional.of(new PropertyResourceBundle(in));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + resource, e);
    }
  }

  /** One family of the SDK's files, each language read once. */
  private record Family(String baseName, Function<Locale, Optional<ResourceBundle>> reader) {
    private static final Map<String, Optional<ResourceBundle>> CACHE = new ConcurrentHashMap<>();

    Optional<ResourceBundle> bundle(Locale locale) {
      return CACHE.computeIfAbsent(baseName + "|" + locale, k -> reader.apply(locale));
    }
  }

  /** A family of yours, registered with {@link #addBundle}. */
  private record UserBundle(String baseName, ClassLoader loader, Map<Locale, Optional<ResourceBundle>> cache) {
    Optional<ResourceBundle> bundle(Locale locale) {
      return cache.computeIfAbsent(locale, l -> read(loader::getResourceAsStream, resource(baseName.replace('.', '/'), l)));
    }
  }
}
