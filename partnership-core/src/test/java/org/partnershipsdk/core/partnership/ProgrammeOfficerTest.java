package org.partnershipsdk.core.partnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import org.partnershipsdk.core.model.PersonalData;
import org.partnershipsdk.core.validation.ModelValidator;
import org.partnershipsdk.core.validation.Violation;

class ProgrammeOfficerTest {

  @Test
  void isPersonalDataAndToStringPrintsNoneOfIt() {
    ProgrammeOfficer officer = PartnershipExamples.officer();

    assertThat(ProgrammeOfficer.class.isAnnotationPresent(PersonalData.class)).isTrue();
    assertThat(officer.toString()).contains(Violation.REDACTED).doesNotContain("Claire", "Vannier", "Asie");
  }

  @Test
  void builderWithCopiesAndEquality() {
    ProgrammeOfficer officer = PartnershipExamples.officer();

    assertThat(officer.name()).isEqualTo("Claire Vannier");
    assertThat(officer.focus()).contains(OfficerFocus.GEOGRAPHIC);
    assertThat(officer.area()).contains("Asie");
    assertThat(officer.withArea("Migrants").withFocus(OfficerFocus.THEMATIC).area()).contains("Migrants");
    assertThat(officer).isEqualTo(PartnershipExamples.officer()).hasSameHashCodeAs(PartnershipExamples.officer())
        .isNotEqualTo(officer.withFocus(OfficerFocus.THEMATIC));
  }

  @Test
  void aDraftOfficerReportsItsNameAndFocus() {
    var report = ModelValidator.create().validate(ProgrammeOfficer.builder().build());

    assertThat(report.violations()).extracting(Violation::code, Violation::path)
        .containsExactly(tuple("value.required", "focus"), tuple("value.blank", "name"));
    assertThat(ModelValidator.create().isValid(PartnershipExamples.officer())).isTrue();
  }
}
