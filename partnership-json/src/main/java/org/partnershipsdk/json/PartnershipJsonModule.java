package org.partnershipsdk.json;

import org.partnershipsdk.json.internal.Bindings;
import org.partnershipsdk.json.internal.SdkVersion;
import tools.jackson.core.Version;
import tools.jackson.databind.JacksonModule;

/**
 * The Jackson 3 module of the SDK's wire format: add it to a mapper of your own to read and write
 * the model's values (territories, periods, amounts, identifiers, codes... and every model type).
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new PartnershipJsonModule()).build();
 * String json = mapper.writeValueAsString(territory);
 * }</pre>
 *
 * <p>It is also found by {@code ServiceLoader} ({@code JsonMapper.builder().findAndAddModules()},
 * Spring Boot). The module gives the format; the hardened reading (limits, no coercion, no
 * {@code null}, documents with their schema version, errors as {@link JsonReadException}) comes with
 * {@link PartnershipJson} and {@link PartnershipJson#mapper()}. With a mapper of your own, its
 * limits and coercion settings apply to plain strings, numbers and booleans; identifiers, codes,
 * dates and amounts are always read strictly.
 */
public final class PartnershipJsonModule extends JacksonModule {

  /** Creates the module; it holds no state. */
  public PartnershipJsonModule() {}

  /** @return {@code partnership-sdk} */
  @Override
  public String getModuleName() {
    return "partnership-sdk";
  }

  /**
   * @return the SDK's version, such as {@code 0.1.0} (the one in partnership-json's manifest,
   *     {@code Implementation-Version}), with group {@code org.partnershipsdk} and artifact
   *     {@code partnership-json}
   */
  @Override
  public Version version() {
    return SdkVersion.VERSION;
  }

  /**
   * Registers the binding of the model: its table of model objects, serializers, deserializers and
   * builder factories.
   *
   * @param context the mapper's setup context
   */
  @Override
  public void setupModule(SetupContext context) {
    Bindings.setUp(context);
  }
}
