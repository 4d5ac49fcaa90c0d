package org.partnershipsdk.core.reciprocity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.partnershipsdk.core.model.PartnershipException;

class ScaleTest {

  @Test
  void normalisesTheStandardScaleToThirds() {
    Scale scale = Scale.of(1, 4);

    assertThat(scale.normalise(1)).isEqualTo(new BigDecimal("0.00"));
    assertThat(scale.normalise(2)).isEqualTo(new BigDecimal("33.33"));
    assertThat(scale.normalise(3)).isEqualTo(new BigDecimal("66.67"));
    assertThat(scale.normalise(4)).isEqualTo(new BigDecimal("100.00"));
  }

  @Test
  void normalisesAnyRangeIncludingNegativeOnes() {
    assertThat(Scale.of(0, 10).normalise(7)).isEqualTo(new BigDecimal("70.00"));
    assertThat(Scale.of(-2, 2).normalise(-1)).isEqualTo(new BigDecimal("25.00"));
    assertThat(Scale.of(-2, 2).normalise(0)).isEqualTo(new BigDecimal("50.00"));
  }

  @Test
  void roundsHalfToEvenAtTwoDecimals() {
    Scale scale = Scale.of(0, 800);

    assertThat(scale.normalise(1)).as("0.125").isEqualTo(new BigDecimal("0.12"));
    assertThat(scale.normalise(3)).as("0.375").isEqualTo(new BigDecimal("0.38"));
    assertThat(scale.normalise(5)).as("0.625").isEqualTo(new BigDecimal("0.62"));
  }

  @Test
  void containsBothEnds() {
    Scale scale = Scale.of(1, 4);

    assertThat(scale.contains(1)).isTrue();
    assertThat(scale.contains(4)).isTrue();
    assertThat(scale.contains(0)).isFalse();
    assertThat(scale.contains(5)).isFalse();
    assertThat(scale.isOrdered()).isTrue();
    assertThat(Scale.of(4, 4).isOrdered()).isFalse();
  }

  @Test
  void refusesAScoreOutsideTheScaleWithACodeAndTwoLanguages() {
    assertThatThrownBy(() -> Scale.of(1, 4).normalise(5))
        .isInstanceOf(ScoreOutOfScaleException.class)
        .satisfies(e -> {
          PartnershipException p = (PartnershipException) e;
          assertThat(p.code()).isEqualTo("reciprocity.score.out-of-scale");
          assertThat(p.getMessage()).isEqualTo("The score 5 is outside the scale from 1 to 4");
          assertThat(p.getMessage(Locale.FRENCH)).isEqualTo("La note 5 sort de l'échelle de 1 à 4");
        });
  }

  @Test
  void refusesToNormaliseOnAScaleOutOfOrder() {
    assertThatThrownBy(() -> Scale.of(4, 4).normalise(4))
        .isInstanceOf(InvalidScaleException.class)
        .satisfies(e -> assertThat(((PartnershipException) e).code()).isEqualTo("reciprocity.scale.order"));
    assertThatThrownBy(() -> Scale.of(5, 1).normalise(3)).isInstanceOf(InvalidScaleException.class);
  }

  @Test
  void isAValue() {
    assertThat(Scale.of(1, 4)).isEqualTo(Scale.builder().min(1).max(4).build());
    assertThat(Scale.of(1, 4).withMax(10)).isEqualTo(Scale.of(1, 10));
    assertThat(Scale.of(1, 4).toString()).contains("min=1").contains("max=4");
  }
}
