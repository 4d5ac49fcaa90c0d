package org.partnershipsdk.json;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.partnershipsdk.core.model.CountryCode;
import org.partnershipsdk.core.model.CurrencyCode;
import org.partnershipsdk.core.model.FieldOfAction;
import org.partnershipsdk.core.model.InitiativeId;
import org.partnershipsdk.core.model.Money;
import org.partnershipsdk.core.model.OrganisationId;
import org.partnershipsdk.core.model.Period;
import org.partnershipsdk.core.model.Sdg;
import org.partnershipsdk.core.model.Territory;
import org.partnershipsdk.core.model.TerritoryLevel;
import org.partnershipsdk.testkit.Gen;
import org.partnershipsdk.testkit.GenContext;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Seeded generators of the values the module binds, drafts included (blank names, unassigned codes,
 * periods out of order), each carrying unknown properties as a newer version would write them.
 */
final class WireGenerators {
  private static final JsonFactory FACTORY = new JsonFactory();
  private static final List<String> COUNTRIES = List.of("FR", "BJ", "CG", "SV", "GN", "SN", "XX");
  private static final List<String> CURRENCIES = List.of("EUR", "XOF", "XAF", "USD", "GNF", "ZZZ");
  private static final List<String> NAMES = List.of("Kpomassé", "Moulenda", "Comasagua", "Montauban", "Ouidah",
      "Pool", "Atlantique", "Tarn-et-Garonne", "Kindia", "", " ", "\"quoted\" \\ back/slash", "tab\there",
      "line\nbreak", "\u0000nul", "emoji \uD83C\uDF45", "日本");
  private static final List<String> NUMBERS = List.of("0", "-1", "12", "2.50e3", "1E+5", "-0.000", "3.141592653589793238462643383279",
      "123456789012345678901234567890");

  private WireGenerators() {}

  static Gen<Territory> territories() {
    return context -> Territory.builder()
        .country(CountryCode.of(context.pick(COUNTRIES)))
        .level(context.pick(TerritoryLevel.class))
        .name(text(context))
        .unknownProperties(unknownProperties(context, Set.of("country", "level", "name")))
        .build();
  }

  static Gen<Period> periods() {
    return context -> {
      Period.Builder builder = Period.builder();
      if (context.chance(0.7)) {
        builder.start(date(context));
      }
      if (context.chance(0.7)) {
        builder.end(date(context));
      }
      return builder.unknownProperties(unknownProperties(context, Set.of("start", "end"))).build();
    };
  }

  static Gen<Money> amounts() {
    return context -> {
      BigDecimal amount = BigDecimal.valueOf(context.longBetween(-1_000_000_000L, 1_000_000_000_000L),
          context.intBetween(0, 6));
      return Money.of(amount, CurrencyCode.of(context.pick(CURRENCIES)));
    };
  }

  static Gen<Sample> samples() {
    return context -> {
      Set<FieldOfAction> fields = EnumSet.noneOf(FieldOfAction.class);
      for (int i = context.intBetween(0, 3); i > 0; i--) {
        fields.add(context.pick(FieldOfAction.class));
      }
      return new Sample(InitiativeId.of("initiative-" + context.intBetween(1, 9999)),
          OrganisationId.of(context.pick(List.of("ahpa", "cripadd", "gdcam", "gcadem", "Secours populaire"))),
          amounts().generate(context), CountryCode.of(context.pick(COUNTRIES)), CurrencyCode.of(context.pick(CURRENCIES)),
          context.pick(FieldOfAction.class), Gen.oneOf(Sdg.values()).list(0, 4).generate(context), fields,
          territories().list(0, 4).generate(context), periods().generate(context), context.intBetween(-5, 500),
          context.chance(0.5), text(context));
    };
  }

  static String text(GenContext context) {
    return context.chance(0.6) ? context.pick(NAMES) : randomText(context, context.intBetween(0, 30));
  }

  private static String randomText(GenContext context, int length) {
    StringBuilder text = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      text.append((char) (context.chance(0.8) ? context.intBetween(0x20, 0x7e) : context.intBetween(0xa0, 0xd7ff)));
    }
    return text.toString();
  }

  private static LocalDate date(GenContext context) {
    return context.dateBetween(LocalDate.of(1950, 1, 1), LocalDate.of(2080, 12, 31));
  }

  /** Properties a newer version might write: raw JSON in the compact form the reader keeps. */
  static Map<String, String> unknownProperties(GenContext context, Set<String> known) {
    Map<String, String> properties = new LinkedHashMap<>();
    for (int i = context.intBetween(0, 3); i > 0; i--) {
      String name = context.pick(List.of("future", "x-note", "a/b", "tilde~", "", "éé", "nested")) + i;
      if (!known.contains(name)) {
        properties.put(name, rawJson(context));
      }
    }
    return properties;
  }

  static String rawJson(GenContext context) {
    StringWriter text = new StringWriter();
    try (JsonGenerator generator = FACTORY.createGenerator(ObjectWriteContext.empty(), text)) {
      value(context, generator, 0);
    }
    return text.toString();
  }

  private static void value(GenContext context, JsonGenerator generator, int depth) {
    switch (context.intBetween(0, depth >= 3 ? 4 : 6)) {
      case 0 -> generator.writeString(text(context));
      case 1 -> generator.writeNumber(context.pick(NUMBERS));
      case 2 -> generator.writeBoolean(context.chance(0.5));
      case 3 -> generator.writeNull();
      case 4 -> generator.writeNumber(context.intBetween(-1000, 1000));
      case 5 -> {
        generator.writeStartArray();
        for (int i = context.intBetween(0, 3); i > 0; i--) {
          value(context, generator, depth + 1);
        }
        generator.writeEndArray();
      }
      default -> {
        generator.writeStartObject();
        for (int i = context.intBetween(0, 3); i > 0; i--) {
          generator.writeName("k" + i);
          value(context, generator, depth + 1);
        }
        generator.writeEndObject();
      }
    }
  }
}
