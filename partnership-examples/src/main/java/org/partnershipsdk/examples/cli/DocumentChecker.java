package org.partnershipsdk.examples.cli;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.partnershipsdk.core.funding.FundingAgreement;
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
import org.partnershipsdk.core.rules.Severity;
import org.partnershipsdk.core.rules.Subject;
import org.partnershipsdk.core.rules.SubjectRef;
import org.partnershipsdk.core.validation.ModelValidator;
import org.partnershipsdk.core.validation.ValidationReport;
import org.partnershipsdk.core.validation.Violation;

/**
 * Checks one document read from a file: validates it (every violation is an error) and runs the
 * rules on it, each element judged by its programme's profile, or all by the profile forced. A rule finding that repeats a violation (same code, element and path) is
 * reported once, as the violation. A document holding one element (an initiative, a mission...) is checked
 * as a portfolio of that element alone, so rules that look elements up by reference find nothing
 * and stay quiet.
 */
final class DocumentChecker {
  private static final Map<String, Subject<?>> PORTFOLIO_LISTS = Map.of(
      "organisations", Subject.ORGANISATION, "programmes", Subject.PROGRAMME, "partnerships", Subject.PARTNERSHIP,
      "initiatives", Subject.INITIATIVE, "missions", Subject.MISSION, "assessments", Subject.ASSESSMENT,
      "agreements", Subject.AGREEMENT, "transactions", Subject.TRANSACTION);

  private final ModelValidator validator = ModelValidator.create();
  private final RulesEngine engine;
  private final Locale locale;

  /**
   * @param profile the profile forced on every element; empty to judge each by its programme's
   * @param clock the day of the check
   * @param locale the reader's language
   */
  DocumentChecker(Optional<Profile> profile, Clock clock, Locale locale) {
    this.engine = profile.map(p -> RulesEngine.of(p, clock)).orElseGet(() -> RulesEngine.byProgramme(clock));
    this.locale = locale;
  }

  /**
   * @param file the file as named on the command line
   * @param documentType the envelope's type
   * @param document the model value read
   */
  CheckedFile check(String file, String documentType, Object document) {
    List<ReportedFinding> findings = new ArrayList<>();
    Set<List<Object>> validated = new HashSet<>();
    ValidationReport report = validator.validate(document);
    for (Violation violation : report.violations()) {
      ReportedFinding reported = fromViolation(file, document, violation);
      findings.add(reported);
      validated.add(List.of(reported.rule(), reported.subject(), reported.path()));
    }
    if (report.omitted() > 0) { // a hostile file's millions of violations: the first ones, then how many more
      findings.add(new ReportedFinding(file, ReportedFinding.VALIDATION, Severity.ERROR, ValidationReport.OMITTED,
          new SubjectRef(ReportedFinding.PORTFOLIO, ""), "", report.omittedMessage(locale), ""));
    }
    for (Finding finding : engine.evaluate(asPortfolio(document)).findings()) {
      if (validated.contains(List.of(finding.ruleId(), finding.subject(), finding.path()))) {
        continue; // a rule that repeats a constraint (the co-financing within the budget): said once
      }
      findings.add(new ReportedFinding(file, ReportedFinding.RULES, finding.severity(), finding.ruleId(),
          finding.subject(), finding.path(), finding.message(locale), finding.profile()));
    }
    return CheckedFile.checked(file, documentType, findings);
  }

  static Portfolio asPortfolio(Object document) {
    Portfolio.Builder portfolio = Portfolio.builder();
    if (document instanceof Portfolio whole) {
      return whole;
    } else if (document instanceof Organisation organisation) {
      portfolio.addOrganisations(organisation);
    } else if (document instanceof Programme programme) {
      portfolio.addProgrammes(programme);
    } else if (document instanceof Partnership partnership) {
      portfolio.addPartnerships(partnership);
    } else if (document instanceof Initiative initiative) {
      portfolio.addInitiatives(initiative);
    } else if (document instanceof VolunteerMission mission) {
      portfolio.addMissions(mission);
    } else if (document instanceof ReciprocityAssessment assessment) {
      portfolio.addAssessments(assessment);
    } else if (document instanceof FundingAgreement agreement) {
      portfolio.addAgreements(agreement);
    }
    return portfolio.build();
  }

  /** A violation found in a portfolio is reported against the element its path leads to. */
  private ReportedFinding fromViolation(String file, Object document, Violation violation) {
    List<String> segments = violation.segments();
    SubjectRef subject;
    List<String> within = segments;
    Subject<?> listed = segments.size() >= 2 ? PORTFOLIO_LISTS.get(segments.get(0)) : null;
    if (document instanceof Portfolio portfolio && listed != null && isIndex(segments.get(1))
        && Integer.parseInt(segments.get(1)) < listed.in(portfolio).size()) {
      subject = refer(listed, listed.in(portfolio).get(Integer.parseInt(segments.get(1))));
      within = segments.subList(2, segments.size());
    } else {
      subject = Subject.all().stream().filter(s -> s.type().isInstance(document)).findFirst()
          .map(s -> refer(s, document))
          .orElse(new SubjectRef(ReportedFinding.PORTFOLIO, ""));
    }
    return new ReportedFinding(file, ReportedFinding.VALIDATION, Severity.ERROR, violation.code(), subject,
        path(within), violation.message(locale), "");
  }

  private static <S> SubjectRef refer(Subject<S> subject, Object element) {
    return subject.refer(subject.type().cast(element));
  }

  /** Property names joined by dots, list indexes in brackets: {@code participants[0].roles}. */
  static String path(List<String> segments) {
    StringBuilder path = new StringBuilder();
    for (String segment : segments) {
      if (isIndex(segment)) {
        path.append('[').append(segment).append(']');
      } else {
        path.append(path.length() == 0 ? "" : ".").append(segment);
      }
    }
    return path.toString();
  }

  private static boolean isIndex(String segment) {
    return !segment.isEmpty() && segment.length() < 10 && segment.chars().allMatch(Character::isDigit);
  }
}
