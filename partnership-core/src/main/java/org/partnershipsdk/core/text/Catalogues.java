package org.partnershipsdk.core.text;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.partnershipsdk.core.cycle.Stage;
import org.partnershipsdk.core.funding.AgreementStatus;
import org.partnershipsdk.core.funding.BudgetCategory;
import org.partnershipsdk.core.funding.ReportKind;
import org.partnershipsdk.core.funding.TrancheStatus;
import org.partnershipsdk.core.funding.TransactionKind;
import org.partnershipsdk.core.initiative.CoFinancingStatus;
import org.partnershipsdk.core.initiative.DesignMode;
import org.partnershipsdk.core.initiative.EvaluationKind;
import org.partnershipsdk.core.initiative.EvaluationLead;
import org.partnershipsdk.core.initiative.EvaluationTiming;
import org.partnershipsdk.core.initiative.FollowUpContactKind;
import org.partnershipsdk.core.initiative.InitiativeTrait;
import org.partnershipsdk.core.initiative.ParticipantRole;
import org.partnershipsdk.core.mission.MissionAdaptation;
import org.partnershipsdk.core.mission.MissionDirection;
import org.partnershipsdk.core.mission.MissionStatus;
import org.partnershipsdk.core.mission.MissionType;
import org.partnershipsdk.core.model.Coded;
import org.partnershipsdk.core.model.DocumentCategory;
import org.partnershipsdk.core.model.FieldOfAction;
import org.partnershipsdk.core.model.Sdg;
import org.partnershipsdk.core.model.TerritoryLevel;
import org.partnershipsdk.core.organisation.OrganisationNature;
import org.partnershipsdk.core.partnership.OfficerFocus;
import org.partnershipsdk.core.partnership.PartnershipStatus;
import org.partnershipsdk.core.partnership.SupportKind;
import org.partnershipsdk.core.programme.FigureQualifier;
import org.partnershipsdk.core.reciprocity.Side;
import org.partnershipsdk.core.reciprocity.TrendDirection;
import org.partnershipsdk.core.results.IndicatorMeasure;
import org.partnershipsdk.core.results.IndicatorValueKind;
import org.partnershipsdk.core.results.ResultsLevelKind;
import org.partnershipsdk.core.rules.Severity;
import org.partnershipsdk.core.rules.Subject;

/**
 * The texts and code lists as JSON, one catalogue per language, for front-ends that show the SDK's
 * messages and labels without Java. The jar ships them for English, French and Spanish at
 * {@code partnership-sdk/catalogues/messages_LANG.json} (every message template by key, with its
 * {@code {name}} placeholders) and {@code partnership-sdk/catalogues/codes_LANG.json} (every code
 * list: code → label); {@code partnership-cli catalogue} prints them.
 */
public final class Catalogues {
  /** Every closed code list of the model, by its name in the catalogue ({@code stage}, {@code sdg}...). */
  public static final List<Class<? extends Coded>> CODE_LISTS = List.of(Stage.class, DesignMode.class,
      EvaluationKind.class, EvaluationTiming.class, EvaluationLead.class, FollowUpContactKind.class,
      InitiativeTrait.class, ParticipantRole.class, MissionAdaptation.class, MissionDirection.class,
      MissionType.class, MissionStatus.class, FieldOfAction.class, Sdg.class, TerritoryLevel.class,
      OrganisationNature.class, OfficerFocus.class, PartnershipStatus.class, SupportKind.class, Side.class,
      TrendDirection.class, IndicatorMeasure.class, IndicatorValueKind.class, ResultsLevelKind.class,
      FigureQualifier.class, Severity.class, CoFinancingStatus.class, BudgetCategory.class, AgreementStatus.class,
      TrancheStatus.class, ReportKind.class, TransactionKind.class, DocumentCategory.class);

  private Catalogues() {}

  /**
   * @param list a code list
   * @return its name in the catalogue and in text keys: {@code ParticipantRole} is
   *     {@code participant-role}
   */
  public static String listName(Class<? extends Coded> list) {
    return list.getSimpleName().replaceAll("(?<!^)([A-Z])", "-$1").toLowerCase(Locale.ROOT);
  }

  /**
   * @param locale a language
   * @return every code list, then {@code subject} (the kinds of element rules check), each as code
   *     → label in that language, in the lists' order
   */
  public static Map<String, Map<String, String>> codeLists(Locale locale) {
    Map<String, Map<String, String>> lists = new LinkedHashMap<>();
    for (Class<? extends Coded> list : CODE_LISTS) {
      Map<String, String> labels = new LinkedHashMap<>();
      for (Coded code : list.getEnumConstants()) {
        labels.put(code.code(), code.label(locale));
      }
      lists.put(listName(list), labels);
    }
    Map<String, String> subjects = new LinkedHashMap<>();
    Subject.all().forEach(subject -> subjects.put(subject.code(), subject.label(locale)));
    lists.put("subject", subjects);
    return lists;
  }

  /**
   * @param texts a part of the SDK's texts
   * @param locale a language
   * @return every key of those texts with its template in that language, sorted by key
   */
  public static Map<String, String> messages(Texts texts, Locale locale) {
    Map<String, String> messages = new TreeMap<>();
    texts.keys().forEach(key -> messages.put(key, texts.template(key, locale)));
    return messages;
  }

  /**
   * @param catalogue nested maps of strings
   * @return the catalogue as indented JSON, in order, ending with a line break
   */
  public static String json(Map<String, ?> catalogue) {
    StringBuilder out = new StringBuilder();
    write(catalogue, out, "");
    return out.append('\n').toString();
  }

  private static void write(Object value, StringBuilder out, String indent) {
    if (value instanceof Map<?, ?> map) {
      if (map.isEmpty()) {
        out.append("{}");
        return;
      }
      out.append("{\n");
      int i = 0;
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        out.append(indent).append("  ");
        string(String.valueOf(entry.getKey()), out);
        out.append(": ");
        write(entry.getValue(), out, indent + "  ");
        out.append(++i < map.size() ? ",\n" : "\n");
      }
      out.append(indent).append('}');
    } else {
      string(String.valueOf(value), out);
    }
  }

  private static void string(String text, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
