package org.partnershipsdk.core.internal.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

class ValidatorBootstrapTest {

  @Test
  void hibernateValidatorsStartUpLineIsNotLoggedAtInfo() {
    ValidatorBootstrap.validator();

    Logger startUp = Logger.getLogger("org.hibernate.validator.internal.util.Version");
    assertThat(startUp.isLoggable(Level.INFO)).isFalse();
    assertThat(startUp.isLoggable(Level.WARNING)).isTrue();
  }
}
