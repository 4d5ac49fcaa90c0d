package org.partnershipsdk.rules.cel.internal;

import com.google.common.collect.ImmutableList;
import dev.cel.checker.CelStandardDeclarations;
import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelIssue;
import dev.cel.common.CelOptions;
import dev.cel.common.CelSourceLocation;
import dev.cel.common.CelValidationException;
import dev.cel.common.CelValidationResult;
import dev.cel.common.ast.CelExpr;
import dev.cel.common.navigation.CelNavigableAst;
import dev.cel.common.navigation.CelNavigableExpr;
import dev.cel.common.types.CelKind;
import dev.cel.common.types.CelType;
import dev.cel.common.types.CelTypeProvider;
import dev.cel.common.values.CelValue;
import dev.cel.common.values.CelValueConverter;
import dev.cel.common.values.CelValueProvider;
import dev.cel.common.types.SimpleType;
import dev.cel.parser.CelStandardMacro;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.compiler.CelCompiler;
import dev.cel.compiler.CelCompilerBuilder;
import dev.cel.compiler.CelCompilerFactory;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelRuntimeFactory;
import dev.cel.runtime.CelVariableResolver;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Compiles the expressions of rule files with CEL: one environment per kind of subject, set of
 * parameters and kind of item, holding the model's types, the functions of {@link Functions} and
 * the variables a rule sees; CEL's standard functions less string and bytes concatenation, and
 * lists joined with {@code +} refused, so that no evaluation builds values larger than the data it
 * reads. The limits below bound what one expression may cost. Not for public use.
 */
public final class Expressions {
  /** Longest expression, in characters. */
  public static final int MAX_LENGTH = 2_000;
  /** Deepest nesting of the parsed expression. */
  public static final int MAX_DEPTH = 32;
  /** Most comprehensions ({@code exists}, {@code all}, {@code map}, {@code filter}...) nested in one another. */
  public static final int MAX_NESTED_COMPREHENSIONS = 2;
  /** Most iterations of all comprehensions together, in one evaluation of one expression. */
  public static final int MAX_ITERATIONS = 10_000;

  /** The variable that holds the item of a rule with {@code for-each}. */
  public static final String ITEM = "item";
  /** The variable that holds the item's position, from 0. */
  public static final String INDEX = "index";
  /** The variable that holds the day of the run. */
  public static final String TODAY = "today";
  /** The prefix of the variables that hold the rule's parameters: {@code params.months}. */
  public static final String PARAMS = "params.";

  private static final Set<String> EXCLUDED_OVERLOADS = Set.of("add_string", "add_bytes");

  private static final CelOptions OPTIONS = CelOptions.current()
      .enableHeterogeneousNumericComparisons(true)
      .maxExpressionCodePointSize(MAX_LENGTH)
      .maxParseRecursionDepth(MAX_DEPTH)
      .comprehensionMaxIterations(MAX_ITERATIONS)
      .maxRegexProgramSize(200)
      .build();

  private static final CelTypeProvider TYPES = new CelTypeProvider() {
    @Override
    public ImmutableList<CelType> types() {
      return Types.ALL.stream().map(def -> (CelType) def.celType()).collect(ImmutableList.toImmutableList());
    }

    @Override
    public Optional<CelType> findType(String typeName) {
      return Types.named(typeName).map(StructDef::celType);
    }
  };

  private static final CelStandardDeclarations DECLARATIONS = CelStandardDeclarations.newBuilder()
      .filterFunctions((function, overload) -> !EXCLUDED_OVERLOADS.contains(overload.celOverloadDecl().overloadId()))
      .build();

  private static final Map<List<Object>, CelCompiler> ENVIRONMENTS = new ConcurrentHashMap<>();

  /** One runtime for every expression: the standard functions and ours; no I/O, no reflection. */
  private static final CelRuntime RUNTIME = CelRuntimeFactory.plannerRuntimeBuilder()
      .setOptions(OPTIONS)
      .setTypeProvider(TYPES)
      .setValueProvider(new ModelValueProvider())
      .addFunctionBindings(Functions.get().bindings())
      .build();

  /**
   * Builds no struct from an expression (a rule reads the model; it makes none), and gives CEL's
   * runtime the model values it meets, in the lists it walks, as expressions see them.
   */
  private static final class ModelValueProvider implements CelValueProvider {
    private static final CelValueConverter CONVERTER = new CelValueConverter() {
      @Override
      public Object toRuntimeValue(Object value) {
        if (value instanceof String || value instanceof Long || value instanceof Boolean || value instanceof Double
            || value instanceof CelValue) {
          return value;
        }
        return Types.wrapIfModel(value).orElseGet(() -> super.toRuntimeValue(value));
      }
    };

    @Override
    public Optional<Object> newValue(String structType, Map<String, Object> fields) {
      return Optional.empty();
    }

    @Override
    public CelValueConverter celValueConverter() {
      return CONVERTER;
    }
  }

  private Expressions() {}

  /**
   * The environment of a rule's expressions.
   *
   * @param subject the struct type of the rule's subject
   * @param subjectVariable the variable that holds it, such as {@code initiative}
   * @param parameters the rule's parameters and their types
   * @param item the type of the {@code for-each} items, or {@code null} when the rule has none
   * @return the environment
   */
  public static CelCompiler environment(StructDef<?> subject, String subjectVariable, Map<String, CelType> parameters,
      CelType item) {
    List<Object> key = List.of(subject.name(), subjectVariable, new LinkedHashMap<>(parameters),
        item == null ? "" : item.name() + item.parameters());
    return ENVIRONMENTS.computeIfAbsent(key, k -> build(subject, subjectVariable, parameters, item));
  }

  private static CelCompiler build(StructDef<?> subject, String subjectVariable, Map<String, CelType> parameters,
      CelType item) {
    CelCompilerBuilder builder = CelCompilerFactory.standardCelCompilerBuilder()
        .setOptions(OPTIONS)
        .setStandardMacros(CelStandardMacro.STANDARD_MACROS)
        .setStandardEnvironmentEnabled(false)
        .setStandardDeclarations(DECLARATIONS)
        .setTypeProvider(TYPES)
        .addFunctionDeclarations(Functions.get().declarations())
        .addVar(subjectVariable, subject.celType())
        .addVar(TODAY, Types.DATE);
    parameters.forEach((name, type) -> builder.addVar(PARAMS + name, type));
    if (item != null) {
      builder.addVar(ITEM, item).addVar(INDEX, SimpleType.INT);
    }
    return builder.build();
  }

  /**
   * The outcome of compiling one expression: its checked tree and program, or what is wrong with it.
   *
   * @param ast the checked tree, when it compiled
   * @param program the program, when it compiled
   * @param issues what is wrong, when it did not
   */
  public record Compiled(CelAbstractSyntaxTree ast, CelRuntime.Program program, List<Issue> issues) {
    /** @return whether it compiled */
    public boolean ok() {
      return issues.isEmpty();
    }

    /** @return how it runs: as Java closures when {@link Compiler} covers it, else in CEL's interpreter */
    public Evaluator evaluator() {
      Optional<Compiler.Compiled> closures = Compiler.compile(ast);
      if (closures.isPresent()) {
        Compiler.Compiled compiled = closures.get();
        return compiled::eval;
      }
      return program::eval;
    }
  }

  /** Runs a compiled expression. */
  @FunctionalInterface
  public interface Evaluator {
    /**
     * @param variables the declared variables
     * @return the value
     * @throws CelEvaluationException when CEL's interpreter fails
     */
    Object eval(CelVariableResolver variables) throws CelEvaluationException;
  }

  /**
   * A problem in an expression, where CEL says it is.
   *
   * @param line the line within the expression, from 1
   * @param column the column within that line, from 0
   * @param message CEL's message, in English
   * @param kind syntax, type or limit
   */
  public record Issue(int line, int column, String message, Kind kind) {
    /** Which step refused the expression. */
    public enum Kind {
      /** The parser. */
      SYNTAX,
      /** The type checker. */
      TYPE,
      /** A limit of {@link Expressions}. */
      LIMIT
    }
  }

  /**
   * Parses, type-checks and plans an expression.
   *
   * @param cel its environment
   * @param text the expression
   * @return the program, or the issues
   */
  public static Compiled compile(CelCompiler cel, String text) {
    if (text.codePointCount(0, text.length()) > MAX_LENGTH) {
      return failed(new Issue(1, 0, "longer than " + MAX_LENGTH + " characters", Issue.Kind.LIMIT));
    }
    CelValidationResult parsed = cel.parse(text);
    if (parsed.hasError()) {
      return failed(issues(parsed.getAllIssues(), Issue.Kind.SYNTAX).stream()
          .map(issue -> issue.message().contains("limit") || issue.message().contains("exceed")
              ? new Issue(issue.line(), issue.column(), issue.message(), Issue.Kind.LIMIT) : issue)
          .toList());
    }
    CelValidationResult checked;
    try {
      checked = cel.check(parsed.getAst());
    } catch (CelValidationException e) {
      return failed(issues(e.getErrors(), Issue.Kind.SYNTAX));
    }
    if (checked.hasError()) {
      return failed(issues(checked.getAllIssues(), Issue.Kind.TYPE));
    }
    try {
      CelAbstractSyntaxTree ast = checked.getAst();
      Optional<Issue> tooNested = nesting(ast).or(() -> listConcatenation(ast)).or(() -> structCreation(ast));
      if (tooNested.isPresent()) {
        return failed(tooNested.get());
      }
      return new Compiled(ast, RUNTIME.createProgram(ast), List.of());
    } catch (CelValidationException | CelEvaluationException e) {
      return failed(new Issue(1, 0, e.getMessage(), Issue.Kind.TYPE));
    }
  }

  private static Optional<Issue> nesting(CelAbstractSyntaxTree ast) {
    return CelNavigableAst.fromAst(ast).getRoot().allNodes()
        .filter(node -> node.getKind() == CelExpr.ExprKind.Kind.COMPREHENSION)
        .filter(node -> comprehensionsAbove((CelNavigableExpr) node) >= MAX_NESTED_COMPREHENSIONS)
        .findFirst()
        .map(node -> at(ast, node.id(), "more than " + MAX_NESTED_COMPREHENSIONS
            + " comprehensions nested in one another"));
  }

  /**
   * Lists joined with {@code +} are refused: the only joins are those CEL's own {@code map} and
   * {@code filter} make on their accumulator, one item at a time.
   */
  private static Optional<Issue> listConcatenation(CelAbstractSyntaxTree ast) {
    return CelNavigableAst.fromAst(ast).getRoot().allNodes()
        .filter(node -> node.getKind() == CelExpr.ExprKind.Kind.CALL)
        .map(node -> node.expr())
        .filter(expr -> expr.call().function().equals("_+_") && !expr.call().args().isEmpty()
            && ast.getType(expr.id()).map(type -> type.kind() == CelKind.LIST).orElse(false)
            && !isAccumulator(expr.call().args().get(0)))
        .findFirst()
        .map(expr -> at(ast, expr.id(), "joins lists with +"));
  }

  /** A rule reads the model; it builds no value of the model's types ({@code Initiative{...}}). */
  private static Optional<Issue> structCreation(CelAbstractSyntaxTree ast) {
    return CelNavigableAst.fromAst(ast).getRoot().allNodes()
        .filter(node -> node.getKind() == CelExpr.ExprKind.Kind.STRUCT)
        .findFirst()
        .map(node -> {
          Issue at = at(ast, node.id(), "");
          return new Issue(at.line(), at.column(), "builds a value of a model type", Issue.Kind.TYPE);
        });
  }

  private static boolean isAccumulator(CelExpr expr) {
    return expr.getKind() == CelExpr.ExprKind.Kind.IDENT
        && (expr.ident().name().startsWith("@") || expr.ident().name().equals("__result__"));
  }

  private static Issue at(CelAbstractSyntaxTree ast, long id, String message) {
    int offset = ast.getSource().getPositionsMap().getOrDefault(id, 0);
    CelSourceLocation at = ast.getSource().getOffsetLocation(offset).orElse(CelSourceLocation.of(1, 0));
    return new Issue(at.getLine(), at.getColumn(), message, Issue.Kind.LIMIT);
  }

  private static int comprehensionsAbove(CelNavigableExpr node) {
    int count = 0;
    Optional<CelNavigableExpr> parent = node.parent();
    while (parent.isPresent()) {
      if (parent.get().getKind() == CelExpr.ExprKind.Kind.COMPREHENSION) {
        count++;
      }
      parent = parent.get().parent();
    }
    return count;
  }

  private static List<Issue> issues(List<CelIssue> celIssues, Issue.Kind kind) {
    List<Issue> issues = new ArrayList<>();
    for (CelIssue issue : celIssues) {
      if (issue.getSeverity() == CelIssue.Severity.ERROR) {
        issues.add(new Issue(Math.max(1, issue.getSourceLocation().getLine()),
            Math.max(0, issue.getSourceLocation().getColumn()), issue.getMessage(), kind));
      }
    }
    return issues.isEmpty() ? List.of(new Issue(1, 0, "invalid expression", kind)) : issues;
  }

  private static Compiled failed(Issue issue) {
    return failed(List.of(issue));
  }

  private static Compiled failed(List<Issue> issues) {
    return new Compiled(null, null, List.copyOf(issues));
  }
}
