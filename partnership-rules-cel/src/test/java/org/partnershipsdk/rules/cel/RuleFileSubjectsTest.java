package org.partnershipsdk.rules.cel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;


import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.partnershipsdk.core.funding.FundingAgreement;
import org.partnershipsdk.core.funding.Transaction;
import org.partnershipsdk.core.initiative.Initiative;
import org.partnershipsdk.core.mission.VolunteerMission;
import org.partnershipsdk.core.organisation.Organisation;
import org.partnershipsdk.core.partnership.Partnership;
import org.partnershipsdk.core.portfolio.Portfolio;
import org.partnershipsdk.core.programme.Programme;
import org.partnershipsdk.core.reciprocity.ReciprocityAssessment;
import org.partnershipsdk.core.rules.Finding;
import org.partnershipsdk.core.rules.Profile;
import org.partnershipsdk.core.rules.RulesEngine;
import org.partnershipsdk.core.rules.Subject;
import org.partnershipsdk.testkit.RealCases;

/** A rule may check every kind of element the engine knows, and the JSON Schema lets editors write each. */
class RuleFileSubjectsTest {
  private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
      .getSchema(RuleFiles.schema(), InputFormat.JSON);

  /** For each subject, a field of its own type and how Java reads it. */
  private static final Map<String, Map.Entry<String, Function<Object, String>>> FIELD = Map.of(
      "organisation", Map.entry("organisation.name", o -> ((Organisation) o).name()),
      "programme", Map.entry("programme.name", p -> ((Programme) p).name()),
      "partnership", Map.entry("partnership.partner", p -> ((Partnership) p).partner().value()),
      "initiative", Map.entry("initiative.title", i -> ((Initiative) i).title()),
      "mission", Map.entry("mission.title", m -> ((VolunteerMission) m).title()),
      "assessment", Map.entry("assessment.partnership", a -> ((ReciprocityAssessment) a).partnership().value()),
      "agreement", Map.entry("agreement.title", a -> ((FundingAgreement) a).title()),
      "transaction", Map.entry("transaction.id", t -> ((Transaction) t).id().value()));

  private static String file(String subject, String field) {
    return """
        format: partnership-rules/1
        rules:
          - id: acme.%1$s.seen
            subject: %1$s
            title: {en: Seen, fr: Vu}
            explanation: {en: Every element is seen., fr: Chaque élément est vu.}
            message: {en: "{value}", fr: "{value}"}
            when: '%2$s != "" || %2$s == ""'
            arguments:
              value: %2$s
        """.formatted(subject, field);
  }

  @Test
  void theSchemaAllowsExactlyTheSubjectsTheLoaderAccepts() {
    Matcher subjects = Pattern.compile("\"subject\": \\{\"enum\": \\[([^]]*)]").matcher(RuleFiles.schema());
    assertThat(subjects.find()).as("the schema's subject enum").isTrue();
    List<String> inSchema = Arrays.stream(subjects.group(1).split(","))
        .map(s -> s.strip().replace("\"", "")).toList();
    assertThat(inSchema).containsExactlyElementsOf(Subject.all().stream().map(Subject::code).toList());
    for (String subject : inSchema) {
      String text = file(subject, FIELD.get(subject).getKey());
      assertThat(SCHEMA.validate(text, InputFormat.YAML)).as(subject).isEmpty();
      assertThat(RuleFiles.read(subject + ".yaml", text).rules()).as(subject).hasSize(1);
    }
  }

  @Test
  void aRuleRunsOnEveryElementOfEachSubjectAndReadsItsFields() {
    Portfolio portfolio = RealCases.portfolio();
    for (Subject<?> subject : Subject.all()) {
      Map.Entry<String, Function<Object, String>> field = FIELD.get(subject.code());
      RuleFile file = RuleFiles.read("seen.yaml", file(subject.code(), field.getKey()));
      List<Finding> findings = RulesEngine.of(file.applyTo(Profile.builder("seen").build()), RealCases.clock())
          .evaluate(portfolio).findings();
      List<?> elements = subject.in(portfolio);
      assertThat(elements).as(subject.code() + " in the real cases").isNotEmpty();
      assertThat(findings).as(subject.code())
          .extracting(Finding::ruleId, Finding::subject, f -> f.arguments().get("value"))
          .containsExactlyInAnyOrderElementsOf(elements.stream()
              .map(e -> tuple("acme." + subject.code() + ".seen", refer(subject, e), field.getValue().apply(e)))
              .toList());
    }
  }

  @SuppressWarnings("unchecked")
  private static <S> Object refer(Subject<S> subject, Object element) {
    return subject.refer((S) element);
  }
}
