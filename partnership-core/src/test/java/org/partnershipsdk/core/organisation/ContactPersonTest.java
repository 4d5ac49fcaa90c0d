package org.partnershipsdk.core.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnershipsdk.core.model.IncompleteValueException;
import org.partnershipsdk.core.model.PersonalData;
import org.partnershipsdk.core.validation.ModelValidator;
import org.partnershipsdk.core.validation.Violation;

class ContactPersonTest {

  private static List<Violation> violations(Object value) {
    return ModelValidator.create().validate(value).violations();
  }

  @Test
  void isMarkedAsPersonalData() {
    assertThat(ContactPerson.class.isAnnotationPresent(PersonalData.class)).isTrue();
  }

  @Test
  void builderWithCopiesAndEquality() {
    ContactPerson contact = OrganisationExamples.contact();

    assertThat(contact.name()).isEqualTo("Awa Houngbédji");
    assertThat(contact.role()).contains("Coordinatrice");
    assertThat(contact.email()).contains("awa.houngbedji@example.org");
    assertThat(contact.phone()).contains("+229 01 00 00 00 00");
    assertThat(contact.withRole("Présidente").role()).contains("Présidente");
    assertThat(contact.role()).contains("Coordinatrice");
    assertThat(contact).isEqualTo(OrganisationExamples.contact()).hasSameHashCodeAs(OrganisationExamples.contact());
    assertThat(contact).isNotEqualTo(contact.withPhone("+229 02 00 00 00 00"));
    assertThatThrownBy(() -> ContactPerson.builder().email((String) null)).isInstanceOf(IncompleteValueException.class);
  }

  @Test
  void toStringPrintsNoneOfItsAttributes() {
    assertThat(OrganisationExamples.contact().toString())
        .contains(Violation.REDACTED)
        .doesNotContain("Awa", "Houngbédji", "Coordinatrice", "example.org", "+229");
  }

  @Test
  void aCompleteContactValidatesClean() {
    assertThat(violations(OrganisationExamples.contact())).isEmpty();
    assertThat(violations(ContactPerson.builder().name("Awa Houngbédji").build())).isEmpty();
  }

  @Test
  void aBlankNameAndAMalformedEmailAreReportedRedacted() {
    List<Violation> found = violations(ContactPerson.builder().name(" ").email("awa at example.org").build());

    assertThat(found).extracting(Violation::code, Violation::path)
        .containsExactly(tuple("value.email", "email"), tuple("value.blank", "name"));
    assertThat(found).allSatisfy(v -> assertThat(v.invalidValue()).contains(Violation.REDACTED));
  }
}
