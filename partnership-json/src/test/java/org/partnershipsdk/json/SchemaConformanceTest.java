package org.partnershipsdk.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.partnershipsdk.core.model.Coded;
import org.partnershipsdk.core.organisation.OrganisationNature;
import org.partnershipsdk.testkit.Gen;
import org.partnershipsdk.testkit.GenContext;
import org.partnershipsdk.testkit.Generators;
import org.partnershipsdk.testkit.PropertyCheck;
import org.partnershipsdk.testkit.Seeds;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every document the SDK writes from generated values is valid against the schema of its type, with
 * the validator an application in another language would use, compact or indented, with properties
 * the SDK does not know added; and the schema does reject a document whose code it lists is changed.
 */
class SchemaConformanceTest {
  private static final PartnershipJson JSON = PartnershipJson.create();
  private static final int SEEDS = 60;

  @TestFactory
  Stream<DynamicTest> everyGeneratedDocumentIsValidAgainstItsSchema() {
    return ModelDocuments.ALL.stream().map(kind -> DynamicTest.dynamicTest(kind.toString(), () -> allValid(kind)));
  }

  private static <T> void allValid(ModelDocuments.Kind<T> kind) {
    DocumentType<T> type = kind.type();
    PropertyCheck.forAll(sized(kind), Seeds.list(kind.type() == DocumentType.PORTFOLIO ? SEEDS / 4 : SEEDS), value -> {
      assertThat(SchemaValidation.errors(type, JSON.write(type, value))).isEmpty();
      assertThat(SchemaValidation.errors(type, JSON.indented().write(type, value))).isEmpty();
    });
  }

  @Test
  void documentsWithPropertiesTheSdkDoesNotKnowAreValid() {
    int added = 0;
    for (long seed : Seeds.list(SEEDS)) {
      ModelDocuments.Generated<?> generated = ModelDocuments.any(seed);
      String compact = new String(generated.write(JSON), StandardCharsets.UTF_8);
      UnknownInjection injected = UnknownInjection.into(compact, GenContext.of(seed), 0.5);
      added += injected.pointers().size();
      assertThat(SchemaValidation.errors(generated.type(), injected.document())).as("seed %s", seed).isEmpty();
    }
    assertThat(added).as("unknown properties added").isGreaterThan(SEEDS);
  }

  /** The schema can fail: an organisation whose nature is not a listed code is rejected, at that property. */
  @Test
  void aCodeOutsideItsListIsRejected() {
    for (long seed : Seeds.list(20)) {
      ObjectNode document = (ObjectNode) PartnershipJson.mapper()
          .readTree(JSON.write(DocumentType.ORGANISATION, Generators.organisations().generate(GenContext.of(seed))));
      ((ObjectNode) document.get("data")).put("nature", "not-a-nature");
      List<String> errors = SchemaValidation.errors(DocumentType.ORGANISATION, document.toString());
      assertThat(errors).as("seed %s", seed).isNotEmpty().allMatch(error -> error.contains("/data/nature"));
    }
    assertThat(OrganisationNature.values())
        .extracting(Coded::code).doesNotContain("not-a-nature");
  }

  /** The kind's generator at the kind's size, which keeps portfolios small enough for many seeds. */
  private static <T> Gen<T> sized(ModelDocuments.Kind<T> kind) {
    return context -> kind.generate(context.seed());
  }
}
