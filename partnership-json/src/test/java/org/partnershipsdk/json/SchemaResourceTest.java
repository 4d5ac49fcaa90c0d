package org.partnershipsdk.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * The schemas are readable by any code from the module path, as Maven runs these tests: their folder
 * is not a package of the module, so the module system does not encapsulate them. A class loader
 * finds a resource of a named module only when its package is open to everyone, which makes it the
 * test of what another module can read.
 */
class SchemaResourceTest {
  static final java.util.List<DocumentType<?>> TYPES = Documents.ALL;

  @ParameterizedTest
  @FieldSource("TYPES")
  void anotherModuleReadsTheSchemaByItsPath(DocumentType<?> type) throws IOException {
    Module json = onTheModulePath();
    String path = PartnershipSchemas.resourcePath(type);

    URL url = PartnershipSchemas.class.getClassLoader().getResource(path);
    assertThat(url).as("%s through the class loader", path).isNotNull();
    try (InputStream in = url.openStream()) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(PartnershipSchemas.schema(type));
    }
    try (InputStream in = json.getResourceAsStream(path)) {
      assertThat(in).as("%s through the module", path).isNotNull();
    }
  }

  @Test
  void theSchemaFolderIsNotAPackageOfTheModule() {
    ModuleDescriptor descriptor = onTheModulePath().getDescriptor();
    String folderAsPackage = PartnershipSchemas.RESOURCE_FOLDER.replaceAll("/$", "").replace('/', '.');
    assertThat(descriptor.packages()).contains("org.partnershipsdk.json.texts").doesNotContain(folderAsPackage)
        .noneMatch(p -> p.contains("schema"));
  }

  /** The control: a resource in one of the module's packages, not opened, is hidden from a class loader. */
  @Test
  void aResourceInAPackageOfTheModuleIsHidden() {
    onTheModulePath();
    String texts = "org/partnershipsdk/json/texts/json.properties";
    assertThat(PartnershipSchemas.class.getResource("/" + texts)).as("from inside the module").isNotNull();
    assertThat(PartnershipSchemas.class.getClassLoader().getResource(texts)).as("through the class loader").isNull();
  }

  private static Module onTheModulePath() {
    Module json = PartnershipSchemas.class.getModule();
    assumeTrue(json.isNamed(), "the tests run on the class path");
    assertThat(json.getName()).isEqualTo("org.partnershipsdk.json");
    return json;
  }
}
