package org.partnershipsdk.json.jackson2;

import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.Module;
import org.partnershipsdk.json.jackson2.internal.JacksonVersions;
import org.partnershipsdk.json.jackson2.internal.ModelDeserializers;
import org.partnershipsdk.json.jackson2.internal.ModelSerializers;

/**
 * The SDK's wire format for a Jackson 2 {@code ObjectMapper}: every model type (initiatives,
 * territories, amounts, identifiers, codes...) and {@link JsonDocument whole documents} are written
 * and read exactly as {@link org.partnershipsdk.json.PartnershipJson} writes and reads them, because
 * they are: the module hands each value to partnership-json (Jackson 3) and copies the tokens across.
 *
 * <pre>{@code
 * ObjectMapper mapper = JsonMapper.builder().addModule(new PartnershipJackson2Module()).build();
 * String json = mapper.writeValueAsString(initiative);                 // as the data of a document
 * Initiative back = mapper.readValue(json, Initiative.class);
 * JsonDocument<Portfolio> document = mapper.readValue(text, new TypeReference<JsonDocument<Portfolio>>() {});
 * }</pre>
 *
 * <ul>
 *   <li><b>Writing</b>: partnership-json writes the value, the tokens go to your generator, so your
 *       mapper's pretty printer and generator features apply ({@link #prettyPrinter()} indents as
 *       {@code PartnershipJson.indented()} does, byte for byte).</li>
 *   <li><b>Reading</b>: the tokens of the value, as your parser reads them, are given to
 *       partnership-json's hardened reader: its limits, its refusal of duplicate keys, coercion and
 *       {@code null}, unknown properties kept (or rejected by {@link #strict()}), validation with
 *       {@link #validating()}. Every failure is a {@link PartnershipJsonMappingException}, a Jackson 2
 *       {@code JsonMappingException} that carries the SDK's {@link org.partnershipsdk.json.JsonReadException}:
 *       its code, and each problem's JSON Pointer from the root of your input, line, column and messages.</li>
 *   <li>What lies around the SDK's values is your mapper's business: its syntax features (comments,
 *       single quotes...), its limits, {@code null} where you declared a model type, trailing content
 *       (checked, as {@code json.trailing-tokens}, when {@code FAIL_ON_TRAILING_TOKENS} is on).</li>
 * </ul>
 *
 * <p>Setting the module up checks the Jackson on the class path and fails with an
 * {@link IncompatibleJacksonException} naming the versions needed: jackson-annotations 2.20 or later
 * (Jackson 3 needs it; Spring Boot 3.5's BOM picks 2.19), and no older than Jackson 2's own minor;
 * jackson-databind 2.15 or later; partnership-json of the same version as this module.
 *
 * <p>Also found by {@code ServiceLoader} ({@code ObjectMapper.findAndRegisterModules()}). Instances
 * are immutable; the options return copies.
 */
public final class PartnershipJackson2Module extends Module {
  private final boolean strict;
  private final boolean validating;

  /** Creates the module with the defaults: unknown properties kept, no validation. */
  public PartnershipJackson2Module() {
    this(false, false);
  }

  private PartnershipJackson2Module(boolean strict, boolean validating) {
    this.strict = strict;
    this.validating = validating;
  }

  /**
   * @return a copy whose reads reject every property the SDK does not know
   *     ({@code json.property.unknown}, one problem per property), as {@code PartnershipJson.strict()}
   */
  public PartnershipJackson2Module strict() {
    return new PartnershipJackson2Module(true, validating);
  }

  /**
   * @return a copy whose reads also validate each model value read, failing with
   *     {@code json.validation.failed} and one problem per violation, as {@code PartnershipJson.validating()}
   */
  public PartnershipJackson2Module validating() {
    return new PartnershipJackson2Module(strict, true);
  }

  /** @return whether reads reject unknown properties */
  public boolean isStrict() {
    return strict;
  }

  /** @return whether reads validate the values read */
  public boolean isValidating() {
    return validating;
  }

  /**
   * The indentation of {@code PartnershipJson.indented()} for a Jackson 2 writer: two spaces,
   * {@code \n} line ends on every platform, one array element per line. With it a document is
   * written byte for byte as partnership-json writes it.
   *
   * <pre>{@code
   * String text = mapper.writer(PartnershipJackson2Module.prettyPrinter()).writeValueAsString(document);
   * }</pre>
   *
   * @return a new pretty printer
   */
  public static PrettyPrinter prettyPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    return new DefaultPrettyPrinter().withObjectIndenter(indenter).withArrayIndenter(indenter);
  }

  /** @return {@code partnership-sdk-jackson2} */
  @Override
  public String getModuleName() {
    return "partnership-sdk-jackson2";
  }

  /**
   * Registrations are kept once per mapper whatever the options: register one instance.
   *
   * @return the module's class name
   */
  @Override
  public Object getTypeId() {
    return PartnershipJackson2Module.class.getName();
  }

  /**
   * @return the SDK's version, such as {@code 0.1.0}, with group {@code org.partnershipsdk} and
   *     artifact {@code partnership-json-jackson2}
   */
  @Override
  public Version version() {
    return JacksonVersions.MODULE;
  }

  /**
   * Checks the versions of Jackson and partnership-json, then registers the serializers and
   * deserializers of the model's types and of {@link JsonDocument}.
   *
   * @param context the mapper's setup context
   * @throws IncompatibleJacksonException if a version does not fit
   */
  @Override
  public void setupModule(SetupContext context) {
    JacksonVersions.current().check();
    context.addSerializers(new ModelSerializers());
    context.addDeserializers(new ModelDeserializers(strict, validating));
  }

  /** @return the options, for logs */
  @Override
  public String toString() {
    return "PartnershipJackson2Module{strict=" + strict + ", validating=" + validating + "}";
  }
}
