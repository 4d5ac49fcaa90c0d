package org.partnershipsdk.json.internal;

import java.util.function.Function;
import java.util.function.Supplier;
import org.partnershipsdk.core.model.AssessmentId;
import org.partnershipsdk.core.model.CountryCode;
import org.partnershipsdk.core.model.CurrencyCode;
import org.partnershipsdk.core.model.InitiativeId;
import org.partnershipsdk.core.model.MissionId;
import org.partnershipsdk.core.model.Money;
import org.partnershipsdk.core.model.OrganisationId;
import org.partnershipsdk.core.model.PartnershipId;
import org.partnershipsdk.core.model.Period;
import org.partnershipsdk.core.model.ProgrammeId;
import org.partnershipsdk.core.model.Territory;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.module.SimpleSerializers;
import tools.jackson.databind.module.SimpleValueInstantiators;

/**
 * The one table of the binding: every model type and how it is written and read. Extending the
 * binding to a new model type is one line here (and its mixin). Not for public use.
 */
public final class Bindings {
  private final JacksonModule.SetupContext context;
  private final SimpleSerializers serializers = new SimpleSerializers();
  private final SimpleDeserializers deserializers = new SimpleDeserializers();
  private final SimpleValueInstantiators builders = new SimpleValueInstantiators();

  private Bindings(JacksonModule.SetupContext context) {
    this.context = context;
  }

  /**
   * Registers the whole binding on a mapper being built.
   *
   * @param context the module's setup context
   */
  public static void setUp(JacksonModule.SetupContext context) {
    Bindings bindings = new Bindings(context);
    bindings.register();
    context.addSerializers(bindings.serializers);
    context.addDeserializers(bindings.deserializers);
    context.addValueInstantiators(bindings.builders);
    // Closed code lists: every enum implementing Coded, as its stable code.
    context.addSerializers(new CodedSerializers());
    context.addDeserializers(new CodedDeserializers());
  }

  private void register() {
    // Model objects: written through the abstract type's mixin, read through its builder.
    object(Territory.class, TerritoryMixin.class, Territory.Builder.class, TerritoryMixin.BuilderMixin.class,
        Territory::builder);
    object(Period.class, PeriodMixin.class, Period.Builder.class, PeriodMixin.BuilderMixin.class, Period::builder);

    // Closed values with a fixed shape.
    serializers.addSerializer(Money.class, new MoneySerializer());
    deserializers.addDeserializer(Money.class, new MoneyDeserializer());

    // Typed identifiers: plain JSON strings.
    text(OrganisationId.class, OrganisationId::value, OrganisationId::of, "json.value.invalid.identifier");
    text(PartnershipId.class, PartnershipId::value, PartnershipId::of, "json.value.invalid.identifier");
    text(ProgrammeId.class, ProgrammeId::value, ProgrammeId::of, "json.value.invalid.identifier");
    text(InitiativeId.class, InitiativeId::value, InitiativeId::of, "json.value.invalid.identifier");
    text(MissionId.class, MissionId::value, MissionId::of, "json.value.invalid.identifier");
    text(AssessmentId.class, AssessmentId::value, AssessmentId::of, "json.value.invalid.identifier");

    // ISO codes: plain JSON strings; validation, not reading, flags unassigned codes.
    text(CountryCode.class, CountryCode::value, CountryCode::of, "json.value.invalid");
    text(CurrencyCode.class, CurrencyCode::value, CurrencyCode::of, "json.value.invalid");
  }

  private <T, B> void object(Class<T> type, Class<?> mixin, Class<B> builder, Class<?> builderMixin,
      Supplier<B> factory) {
    context.setMixIn(type, mixin);
    context.setMixIn(builder, builderMixin);
    builders.addValueInstantiator(builder, new BuilderInstantiator(builder, factory));
  }

  private <T> void text(Class<T> type, Function<T, String> toText, Function<String, T> fromText, String invalidKey) {
    serializers.addSerializer(type, new TextValueSerializer<>(type, toText));
    deserializers.addDeserializer(type, new TextValueDeserializer<>(type, fromText, invalidKey));
  }
}
