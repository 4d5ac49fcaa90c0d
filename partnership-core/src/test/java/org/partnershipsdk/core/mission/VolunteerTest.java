package org.partnershipsdk.core.mission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import org.partnershipsdk.core.model.IncompleteValueException;
import org.partnershipsdk.core.validation.ModelValidator;
import org.partnershipsdk.core.validation.Violation;

class VolunteerTest {
  private final Volunteer camille = Volunteer.builder()
      .name("Camille Exemple").addSkill("hydrology").addSkill("topography").role("engineer").build();

  @Test
  void buildsCopiesAndComparesByValue() {
    assertThat(camille.skills()).containsExactly("hydrology", "topography");
    assertThat(camille.role()).contains("engineer");
    Volunteer copy = Volunteer.builder().from(camille).build();
    assertThat(copy).isEqualTo(camille).hasSameHashCodeAs(camille);
    Volunteer renamed = camille.withName("Alex Fictif");
    assertThat(renamed.name()).isEqualTo("Alex Fictif");
    assertThat(renamed).isNotEqualTo(camille);
    assertThat(camille.name()).isEqualTo("Camille Exemple");
  }

  @Test
  void aDraftVolunteerHasABlankNameAndNoSkills() {
    Volunteer draft = Volunteer.builder().build();
    assertThat(draft.name()).isEmpty();
    assertThat(draft.skills()).isEmpty();
    assertThat(draft.role()).isEmpty();
  }

  @Test
  void toStringPrintsNoPersonalData() {
    assertThat(camille.toString())
        .doesNotContain("Camille", "Exemple", "hydrology", "topography", "engineer")
        .contains("<personal data>");
  }

  @Test
  void nullIsRejectedWithTheAttributesName() {
    assertThatThrownBy(() -> Volunteer.builder().name(null))
        .isInstanceOfSatisfying(IncompleteValueException.class,
            e -> assertThat(e.attributes()).containsExactly("name"));
  }

  @Test
  void aValidVolunteerValidatesClean() {
    assertThat(ModelValidator.create().validate(camille).violations()).isEmpty();
  }

  @Test
  void aBlankNameIsReportedWithoutItsValue() {
    var report = ModelValidator.create().validate(camille.withName(" "));
    assertThat(report.violations())
        .extracting(Violation::code, Violation::path)
        .containsExactly(tuple("value.blank", "name"));
    assertThat(report.violations().get(0).invalidValue()).contains(Violation.REDACTED);
  }

  @Test
  void aBlankSkillIsReportedAtItsIndex() {
    var report = ModelValidator.create().validate(camille.withSkills("hydrology", ""));
    assertThat(report.violations())
        .extracting(Violation::code, Violation::path)
        .containsExactly(tuple("value.blank", "skills[1]"));
    assertThat(report.violations().get(0).invalidValue()).contains(Violation.REDACTED);
  }
}
