package org.partnershipsdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.partnershipsdk.json.DocumentType;
import org.partnershipsdk.json.PartnershipSchemas;

/**
 * The shipped example documents are valid against the portfolio's JSON Schema: the defects they
 * carry are ones only the model's validation and the rules can see (a budget exceeded, a reference
 * to nothing, a period out of order), so a program in another language can read them too.
 */
class ExampleDocumentsSchemaTest {
  private static final Schema PORTFOLIO = SchemaRegistry
      .withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
      .getSchema(PartnershipSchemas.schema(DocumentType.PORTFOLIO), InputFormat.JSON);

  @ParameterizedTest
  @ValueSource(strings = {ExampleDocuments.REAL_CASES, ExampleDocuments.DEFECTS})
  void validAgainstThePortfolioSchema(String name) {
    List<String> errors = PORTFOLIO.validate(ExampleDocuments.text(name), InputFormat.JSON).stream()
        .map(Error::toString).toList();

    assertThat(errors).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {ExampleDocuments.REAL_CASES, ExampleDocuments.DEFECTS})
  void theSchemaWouldSeeACountryNameForItsCode(String name) {
    String text = ExampleDocuments.text(name);
    assertThat(text).contains("\"country\" : \"FR\"");

    String broken = text.replaceFirst("\"country\" : \"FR\"", "\"country\" : \"France\"");

    assertThat(PORTFOLIO.validate(broken, InputFormat.JSON)).isNotEmpty();
  }
}
