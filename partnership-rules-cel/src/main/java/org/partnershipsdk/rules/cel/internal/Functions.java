package org.partnershipsdk.rules.cel.internal;

import dev.cel.common.CelFunctionDecl;
import dev.cel.common.CelOverloadDecl;
import dev.cel.common.types.CelType;
import dev.cel.common.types.ListType;
import dev.cel.common.types.SimpleType;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelFunctionBinding;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.partnershipsdk.core.initiative.Initiative;
import org.partnershipsdk.core.initiative.Participant;
import org.partnershipsdk.core.initiative.ParticipantRole;
import org.partnershipsdk.core.mission.VolunteerMission;
import org.partnershipsdk.core.model.Money;
import org.partnershipsdk.core.model.OrganisationId;
import org.partnershipsdk.core.model.Period;
import org.partnershipsdk.core.organisation.Organisation;
import org.partnershipsdk.core.partnership.Partnership;
import org.partnershipsdk.core.rules.RuleContext;

/**
 * The functions expressions may call beyond CEL's standard ones: days and their arithmetic, the
 * partner of an initiative, lookups in the portfolio, sums of money in one currency. Each is
 * declared with its types, so that a call the checker cannot type is refused at load time, and
 * documented, so that the reference cannot drift from what runs. Lookups read the portfolio of the
 * run through the rule's context, which {@link #within} makes current while a rule checks an
 * element. Not for public use.
 */
public final class Functions {
  private static final ThreadLocal<RuleContext> CONTEXT = new ThreadLocal<>();

  /**
   * A function as the reference documents it.
   *
   * @param signature how it is called, such as {@code addMonths(date, int) -> date}
   * @param description what it gives, in English
   */
  public record Doc(String signature, String description) {}

  private final Map<String, List<CelOverloadDecl>> declarations = new LinkedHashMap<>();
  private final List<CelFunctionBinding> bindings = new ArrayList<>();
  private final List<Doc> docs = new ArrayList<>();
  private final Map<String, Function<Object[], Object>> bodies = new LinkedHashMap<>();

  private static final Functions INSTANCE = new Functions();

  private Functions() {
    CelType date = Types.DATE;
    CelType str = SimpleType.STRING;
    CelType integer = SimpleType.INT;
    unary("date", "date_string", date, str, String.class, Functions::parseDate,
        "date(string) -> date", "the day an ISO date such as \"2024-03-31\" names; fails on any other text");
    for (String[] operator : new String[][] {{"_<_", "less"}, {"_<=_", "less_equals"}, {"_>_", "greater"},
        {"_>=_", "greater_equals"}}) {
      String name = operator[0];
      binary(name, operator[1] + "_date_date", SimpleType.BOOL, date, date, LocalDate.class, LocalDate.class,
          (a, b) -> compare(name, a.compareTo(b)), null, null);
    }
    docs.add(new Doc("date < date, <=, >, >=, ==, !=", "compare days"));
    binary("addDays", "addDays_date_int", date, date, integer, LocalDate.class, Long.class, LocalDate::plusDays,
        "addDays(date, int) -> date", "the day so many days later (earlier when negative)");
    binary("addMonths", "addMonths_date_int", date, date, integer, LocalDate.class, Long.class,
        LocalDate::plusMonths, "addMonths(date, int) -> date",
        "the day so many months later, the last day of the month when the day does not exist (31 January + 1 month"
            + " = 28 or 29 February)");
    binary("addYears", "addYears_date_int", date, date, integer, LocalDate.class, Long.class, LocalDate::plusYears,
        "addYears(date, int) -> date", "the day so many years later");
    binary("daysBetween", "daysBetween_date_date", integer, date, date, LocalDate.class, LocalDate.class,
        (a, b) -> ChronoUnit.DAYS.between(a, b), "daysBetween(date, date) -> int",
        "days from the first day to the second (negative when the second comes first)");
    binary("monthsBetween", "monthsBetween_date_date", integer, date, date, LocalDate.class, LocalDate.class,
        (a, b) -> ChronoUnit.MONTHS.between(a, b), "monthsBetween(date, date) -> int",
        "whole months from the first day to the second");
    binary("yearsBetween", "yearsBetween_date_date", integer, date, date, LocalDate.class, LocalDate.class,
        (a, b) -> ChronoUnit.YEARS.between(a, b), "yearsBetween(date, date) -> int",
        "whole years from the first day to the second: an age");
    unary("yearOf", "yearOf_date", integer, date, LocalDate.class, day -> (long) day.getYear(),
        "yearOf(date) -> int", "the day's year, such as 2024");
    binary("later", "later_date_date", date, date, date, LocalDate.class, LocalDate.class,
        (a, b) -> a.isAfter(b) ? a : b, "later(date, date) -> date", "the later of two days");
    binary("earlier", "earlier_date_date", date, date, date, LocalDate.class, LocalDate.class,
        (a, b) -> a.isBefore(b) ? a : b, "earlier(date, date) -> date", "the earlier of two days");
    member("contains", "period_contains_date", SimpleType.BOOL, Types.PERIOD.celType(), date,
        (period, day) -> period.contains(day),
        "Period.contains(date) -> bool", "whether the day is within the period's known ends");
    unary("partners", "partners_initiative", ListType.create(str), Types.INITIATIVE.celType(), Initiative.class,
        Functions::partners, "partners(Initiative) -> list(string)",
        "the identifiers of the initiative's partner: its holders and local partners that are not also its"
            + " supporting organisation, in the order of its participants");
    unary("nameOf", "nameOf_string", str, str, String.class, Functions::organisationName,
        "nameOf(string) -> string", "the name of the organisation with that identifier, or the identifier when"
            + " the portfolio does not have it or it has no name");
    unary("nameOf", "nameOf_mission", str, Types.MISSION.celType(), VolunteerMission.class,
        Functions::missionName, "nameOf(Mission) -> string",
        "the mission's title, or its identifier while the title is blank");
    unary("hasOrganisation", "hasOrganisation_string", SimpleType.BOOL, str, String.class,
        id -> context().organisation(OrganisationId.of(id)).isPresent(), "hasOrganisation(string) -> bool",
        "whether the portfolio has the organisation with that identifier");
    unary("organisation", "organisation_string", Types.ORGANISATION.celType(), str, String.class,
        Functions::organisation, "organisation(string) -> Organisation",
        "the organisation with that identifier; fails when the portfolio does not have it (test with"
            + " hasOrganisation first)");
    unary("missionsOf", "missionsOf_initiative", ListType.create(Types.MISSION.celType()),
        Types.INITIATIVE.celType(), Initiative.class,
        i -> new ModelList<>(Types.MISSION, context().missionsOf(i.id())),
        "missionsOf(Initiative) -> list(Mission)", "the volunteer missions attached to the initiative");
    unary("assessmentsOf", "assessmentsOf_partnership", ListType.create(Types.ASSESSMENT.celType()),
        Types.PARTNERSHIP.celType(), Partnership.class,
        p -> new ModelList<>(Types.ASSESSMENT, context().assessmentsOf(p.id())),
        "assessmentsOf(Partnership) -> list(Assessment)",
        "the partnership's reciprocity assessments, oldest first, undated ones last");
    binary("sumIn", "sumIn_list_string", SimpleType.DOUBLE, ListType.create(Types.MONEY.celType()), str,
        List.class, String.class, Functions::sumIn, "sumIn(list(Money), string) -> double",
        "the sum of the amounts in that currency (amounts in other currencies are not counted)");
  }

  /** @return the functions */
  public static Functions get() {
    return INSTANCE;
  }

  /** @return the declarations, one per function name with all its overloads */
  public List<CelFunctionDecl> declarations() {
    List<CelFunctionDecl> all = new ArrayList<>();
    declarations.forEach((name, overloads) -> all.add(CelFunctionDecl.newFunctionDeclaration(name, overloads)));
    return all;
  }

  /** @return how each overload runs */
  public List<CelFunctionBinding> bindings() {
    return List.copyOf(bindings);
  }

  /**
   * @param overloadId an overload's id, such as {@code addMonths_date_int}
   * @return how it runs on the values of {@link Compiler compiled} expressions (model values
   *     unwrapped), if it is one of ours
   */
  public Optional<Function<Object[], Object>> body(String overloadId) {
    return Optional.ofNullable(bodies.get(overloadId));
  }

  /** @return the functions as the reference documents them */
  public List<Doc> docs() {
    return List.copyOf(docs);
  }

  /**
   * Runs a rule's evaluation with the context lookups read.
   *
   * @param context the rule's context in the run
   * @param evaluation what to run
   * @throws CelEvaluationException as the evaluation does
   */
  public static void within(RuleContext context, Evaluation evaluation) throws CelEvaluationException {
    RuleContext previous = CONTEXT.get();
    CONTEXT.set(context);
    try {
      evaluation.run();
    } finally {
      CONTEXT.set(previous); // not remove(): setting again on the next element is cheaper
    }
  }

  /**
   * Makes a rule's context current for the lookups, until {@link #leave}: what {@link #within}
   * does, without a closure, for the engine's hot loop.
   *
   * @param context the rule's context
   * @return the context that was current, to give back to {@link #leave}
   */
  public static RuleContext enter(RuleContext context) {
    RuleContext previous = CONTEXT.get();
    CONTEXT.set(context);
    return previous;
  }

  /** @param previous what {@link #enter} returned */
  public static void leave(RuleContext previous) {
    CONTEXT.set(previous);
  }

  /** An evaluation that reads the context. */
  @FunctionalInterface
  public interface Evaluation {
    /** @throws CelEvaluationException when an expression fails */
    void run() throws CelEvaluationException;
  }

  private <A> void unary(String name, String id, CelType result, CelType parameter, Class<A> javaType,
      Function<A, Object> body, String signature, String description) {
    declarations.computeIfAbsent(name, n -> new ArrayList<>())
        .add(CelOverloadDecl.newGlobalOverload(id, result, parameter));
    bindings.add(CelFunctionBinding.from(id, javaType, body::apply));
    bodies.put(id, args -> body.apply(javaType.cast(unwrap(args[0]))));
    docs.add(new Doc(signature, description));
  }

  private <A, B> void binary(String name, String id, CelType result, CelType first, CelType second,
      Class<A> firstType, Class<B> secondType, BiFunction<A, B, Object> body, String signature, String description) {
    declarations.computeIfAbsent(name, n -> new ArrayList<>())
        .add(CelOverloadDecl.newGlobalOverload(id, result, first, second));
    bindings.add(CelFunctionBinding.from(id, firstType, secondType, body::apply));
    bodies.put(id, args -> body.apply(firstType.cast(unwrap(args[0])), secondType.cast(unwrap(args[1]))));
    if (signature != null) {
      docs.add(new Doc(signature, description));
    }
  }

  private void member(String name, String id, CelType result, CelType receiver, CelType argument,
      BiFunction<Period, LocalDate, Object> body, String signature, String description) {
    declarations.computeIfAbsent(name, n -> new ArrayList<>())
        .add(CelOverloadDecl.newMemberOverload(id, result, receiver, argument));
    bindings.add(CelFunctionBinding.from(id, Period.class, LocalDate.class, body::apply));
    bodies.put(id, args -> body.apply((Period) unwrap(args[0]), (LocalDate) args[1]));
    docs.add(new Doc(signature, description));
  }

  private static Object unwrap(Object value) {
    return value instanceof ModelValue<?> model ? model.value() : value;
  }

  private static boolean compare(String operator, int comparison) {
    return switch (operator) {
      case "_<_" -> comparison < 0;
      case "_<=_" -> comparison <= 0;
      case "_>_" -> comparison > 0;
      default -> comparison >= 0;
    };
  }

  private static LocalDate parseDate(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("\"" + text + "\" is not an ISO date such as 2024-03-31", e);
    }
  }

  private static RuleContext context() {
    RuleContext context = CONTEXT.get();
    if (context == null) {
      throw new IllegalStateException("portfolio lookups run only while a rule checks an element");
    }
    return context;
  }

  private static List<String> partners(Initiative initiative) {
    List<String> partners = new ArrayList<>();
    for (Participant participant : initiative.participants()) {
      if ((participant.hasRole(ParticipantRole.HOLDER) || participant.hasRole(ParticipantRole.LOCAL_PARTNER))
          && !participant.hasRole(ParticipantRole.SUPPORTING_ORGANISATION)) {
        partners.add(participant.organisation().value());
      }
    }
    return partners;
  }

  private static String organisationName(String id) {
    return context().organisation(OrganisationId.of(id)).map(Organisation::name).filter(n -> !n.isBlank())
        .orElse(id);
  }

  private static ModelValue<Organisation> organisation(String id) {
    return Types.ORGANISATION.wrap(context().organisation(OrganisationId.of(id)).orElseThrow(() ->
        new IllegalArgumentException("the portfolio has no organisation '" + id + "'")));
  }

  private static String missionName(VolunteerMission mission) {
    return mission.title().isBlank() ? mission.id().value() : mission.title();
  }

  private static double sumIn(List<?> amounts, String currency) {
    double sum = 0;
    for (Object amount : amounts) {
      Money money = (Money) (amount instanceof ModelValue<?> model ? model.value() : amount);
      if (money.currency().value().equals(currency)) {
        sum += money.amount().doubleValue();
      }
    }
    return sum;
  }
}
