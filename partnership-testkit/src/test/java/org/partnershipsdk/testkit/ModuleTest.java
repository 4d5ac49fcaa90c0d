package org.partnershipsdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReader;
import java.lang.module.ModuleReference;
import java.lang.module.ResolvedModule;
import java.net.URI;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A user's test module that requires only the testkit reads the core too ({@code requires
 * transitive}), so that it can name {@code Initiative} or {@code ModelValidator} without requiring
 * the core itself. Runs when the tests run on the module path, as Maven runs them.
 */
class ModuleTest {
  private static final String TESTKIT = "org.partnershipsdk.testkit";

  @Test
  void aModuleRequiringTheTestkitReadsTheCoreAndBeanValidation() {
    Module testkit = Generators.class.getModule();
    assumeTrue(testkit.isNamed() && testkit.getLayer() != null, "the tests run on the class path");

    ModuleDescriptor user = ModuleDescriptor.newModule("org.example.ngo.tests").requires(TESTKIT).build();
    Configuration configuration = testkit.getLayer().configuration()
        .resolve(finderOf(user), ModuleFinder.of(), Set.of(user.name()));

    Set<String> reads = configuration.findModule(user.name()).orElseThrow().reads().stream()
        .map(ResolvedModule::name).collect(Collectors.toSet());
    assertThat(reads).contains(TESTKIT, "org.partnershipsdk.core", "jakarta.validation");
  }

  @Test
  void theTestkitExportsOnlyItsOwnPackage() {
    ModuleDescriptor descriptor = Generators.class.getModule().getDescriptor();
    assumeTrue(descriptor != null, "the tests run on the class path");
    assertThat(descriptor.exports()).extracting(ModuleDescriptor.Exports::source).containsExactly(TESTKIT);
    assertThat(descriptor.requires()).anySatisfy(r -> {
      assertThat(r.name()).isEqualTo("org.partnershipsdk.core");
      assertThat(r.modifiers()).contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE);
    });
  }

  /** A finder of one module that has no content: enough to resolve what it reads. */
  private static ModuleFinder finderOf(ModuleDescriptor descriptor) {
    ModuleReference reference = new ModuleReference(descriptor, URI.create("urn:test:" + descriptor.name())) {
      @Override
      public ModuleReader open() {
        return new ModuleReader() {
          @Override
          public Optional<URI> find(String name) {
            return Optional.empty();
          }

          @Override
          public Stream<String> list() {
            return Stream.empty();
          }

          @Override
          public void close() {}
        };
      }
    };
    return new ModuleFinder() {
      @Override
      public Optional<ModuleReference> find(String name) {
        return name.equals(descriptor.name()) ? Optional.of(reference) : Optional.empty();
      }

      @Override
      public Set<ModuleReference> findAll() {
        return Set.of(reference);
      }
    };
  }
}
