package org.partnershipsdk.rules.cel.internal;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.ast.CelConstant;
import dev.cel.common.ast.CelExpr;
import dev.cel.common.ast.CelReference;
import dev.cel.runtime.CelVariableResolver;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Compiles a checked CEL expression into Java closures over the model, for the part of CEL that
 * rules use: constants, variables, fields and {@code has()}, logic with CEL's error absorption,
 * comparisons, arithmetic with overflow checks, {@code size}, {@code in}, indexing, list literals,
 * the comprehensions of the macros ({@code exists}, {@code all}, {@code exists_one}, {@code map},
 * {@code filter}) under the same iteration budget, and the functions of {@link Functions}. CEL
 * parses and type-checks every expression; an expression with anything else (maps, regular
 * expressions, conversions...) is not compiled here and runs in CEL's own interpreter. Both give
 * the same results ({@code CompilerTest} compares them). Not for public use.
 */
public final class Compiler {
  /** What a compiled expression computes; throws {@link Failure} where CEL gives an error. */
  @FunctionalInterface
  public interface Node {
    /**
     * @param frame the variables
     * @return the value, as CEL's runtime would hold it
     */
    Object eval(Frame frame);
  }

  /** An error of the evaluation, as CEL's error values are. */
  public static final class Failure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Failure(String message) {
      super(message, null, false, false);
    }
  }

  /** The variables of one evaluation, and the iterations its comprehensions have made. */
  public static final class Frame {
    private final CelVariableResolver variables;
    private final Object[] locals;
    private int iterations;

    /**
     * @param variables the declared variables, by name
     * @param locals how many comprehension variables the expression has
     */
    public Frame(CelVariableResolver variables, int locals) {
      this.variables = variables;
      this.locals = new Object[locals];
    }
  }

  /** A compiled expression and the room its evaluation needs. */
  public record Compiled(Node root, int locals) {
    /**
     * @param variables the declared variables, by name
     * @return the value
     */
    public Object eval(CelVariableResolver variables) {
      return root.eval(new Frame(variables, locals));
    }
  }

  /** Thrown while compiling: this expression runs in CEL's interpreter. */
  private static final class Unsupported extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unsupported() {
      super(null, null, false, false);
    }
  }

  private final CelAbstractSyntaxTree ast;
  private final Map<String, Integer> scope = new HashMap<>();
  private int locals;

  private Compiler(CelAbstractSyntaxTree ast) {
    this.ast = ast;
  }

  /**
   * @param ast a checked expression
   * @return it compiled, or empty when it uses what this compiler leaves to CEL's interpreter
   */
  public static Optional<Compiled> compile(CelAbstractSyntaxTree ast) {
    Compiler compiler = new Compiler(ast);
    try {
      Node root = compiler.node(ast.getExpr());
      return Optional.of(new Compiled(root, compiler.locals));
    } catch (Unsupported e) {
      return Optional.empty();
    }
  }

  private Node node(CelExpr expr) {
    Optional<CelReference> reference = ast.getReference(expr.id());
    if (reference.isPresent() && reference.get().overloadIds().isEmpty()
        && expr.getKind() != CelExpr.ExprKind.Kind.CALL) {
      if (reference.get().value().isPresent()) {
        throw new Unsupported(); // an enum constant
      }
      return variable(reference.get().name());
    }
    switch (expr.getKind()) {
      case CONSTANT:
        return constant(expr.constant());
      case IDENT:
        return variable(expr.ident().name());
      case SELECT:
        return select(expr);
      case CALL:
        return call(expr, reference.map(CelReference::overloadIds).orElse(null));
      case LIST:
        if (!expr.list().optionalIndices().isEmpty()) {
          throw new Unsupported();
        }
        List<Node> elements = new ArrayList<>();
        expr.list().elements().forEach(e -> elements.add(node(e)));
        return frame -> {
          List<Object> list = new ArrayList<>(elements.size());
          for (Node element : elements) {
            list.add(element.eval(frame));
          }
          return list;
        };
      case COMPREHENSION:
        return comprehension(expr.comprehension());
      default:
        throw new Unsupported();
    }
  }

  private static Node constant(CelConstant constant) {
    Object value = switch (constant.getKind()) {
      case BOOLEAN_VALUE -> constant.booleanValue();
      case INT64_VALUE -> constant.int64Value();
      case DOUBLE_VALUE -> constant.doubleValue();
      case STRING_VALUE -> constant.stringValue();
      default -> throw new Unsupported();
    };
    return frame -> value;
  }

  private Node variable(String name) {
    Integer slot = scope.get(name);
    if (slot != null) {
      int index = slot;
      return frame -> frame.locals[index];
    }
    return frame -> frame.variables.find(name).orElseThrow(() -> new Failure("no such variable: " + name));
  }

  private Node select(CelExpr expr) {
    Node operand = node(expr.select().operand());
    String field = expr.select().field();
    boolean test = expr.select().testOnly();
    Optional<StructDef<?>> struct = ast.getType(expr.select().operand().id()).flatMap(type -> Types.named(type.name()));
    Optional<StructDef.Field<Object>> known = struct
        .flatMap(def -> def.field(field))
        .map(f -> {
          @SuppressWarnings("unchecked") // the checker typed the operand as this struct
          StructDef.Field<Object> typed = (StructDef.Field<Object>) f;
          return typed;
        });
    if (known.isPresent()) { // the field is found once, here, rather than by name at each evaluation
      Function<Object, Object> read = known.get().read();
      String absent = struct.orElseThrow().name() + "." + field + " is absent here: test it with has() before reading it";
      return frame -> {
        Object value = operand.eval(frame);
        if (!(value instanceof ModelValue<?> model)) {
          throw new Failure("no field '" + field + "' on " + value);
        }
        Object read1 = read.apply(model.value());
        if (test) {
          return read1 != null;
        }
        if (read1 == null) {
          throw new Failure(absent);
        }
        return read1;
      };
    }
    return frame -> {
      Object value = operand.eval(frame);
      if (!(value instanceof ModelValue<?> model)) {
        throw new Failure("no field '" + field + "' on " + value);
      }
      return test ? model.find(field).isPresent() : model.select(field);
    };
  }

  private Node comprehension(CelExpr.CelComprehension c) {
    if (!c.iterVar2().isEmpty()) {
      throw new Unsupported();
    }
    Node range = node(c.iterRange());
    Node init = node(c.accuInit());
    Map<String, Integer> outer = new HashMap<>(scope);
    int iterSlot = locals++;
    int accuSlot = locals++;
    scope.put(c.iterVar(), iterSlot);
    scope.put(c.accuVar(), accuSlot);
    Node condition = node(c.loopCondition());
    Node step = node(c.loopStep());
    Node result = node(c.result());
    scope.clear();
    scope.putAll(outer);
    return frame -> {
      Object items = range.eval(frame);
      if (!(items instanceof List<?> list)) {
        throw new Failure("comprehension over " + items);
      }
      frame.locals[accuSlot] = init.eval(frame);
      for (int i = 0, size = list.size(); i < size; i++) {
        Object item = list.get(i);
        if (++frame.iterations > Expressions.MAX_ITERATIONS) {
          throw new Failure("Iteration budget exceeded: " + Expressions.MAX_ITERATIONS);
        }
        frame.locals[iterSlot] = item;
        if (!Boolean.TRUE.equals(condition.eval(frame))) {
          break;
        }
        frame.locals[accuSlot] = step.eval(frame);
      }
      return result.eval(frame);
    };
  }

  private Node call(CelExpr expr, List<String> overloads) {
    String function = expr.call().function();
    List<Node> args = new ArrayList<>();
    expr.call().target().ifPresent(target -> args.add(node(target)));
    expr.call().args().forEach(arg -> args.add(node(arg)));
    switch (function) {
      case "_&&_":
        return logical(args.get(0), args.get(1), false);
      case "_||_":
        return logical(args.get(0), args.get(1), true);
      case "@not_strictly_false":
        return frame -> {
          try {
            return !Boolean.FALSE.equals(args.get(0).eval(frame));
          } catch (RuntimeException e) {
            return true;
          }
        };
      case "_?_:_":
        return frame -> bool(args.get(0).eval(frame)) ? args.get(1).eval(frame) : args.get(2).eval(frame);
      case "!_":
        return frame -> !bool(args.get(0).eval(frame));
      case "_==_":
        return frame -> Values.equal(args.get(0).eval(frame), args.get(1).eval(frame));
      case "_!=_":
        return frame -> !Values.equal(args.get(0).eval(frame), args.get(1).eval(frame));
      case "_<_":
        return frame -> Values.compare(args.get(0).eval(frame), args.get(1).eval(frame)) < 0;
      case "_<=_":
        return frame -> Values.compare(args.get(0).eval(frame), args.get(1).eval(frame)) <= 0;
      case "_>_":
        return frame -> Values.compare(args.get(0).eval(frame), args.get(1).eval(frame)) > 0;
      case "_>=_":
        return frame -> Values.compare(args.get(0).eval(frame), args.get(1).eval(frame)) >= 0;
      case "_+_":
        return frame -> Values.add(args.get(0).eval(frame), args.get(1).eval(frame));
      case "_-_":
        return frame -> Values.subtract(args.get(0).eval(frame), args.get(1).eval(frame));
      case "_*_":
        return frame -> Values.multiply(args.get(0).eval(frame), args.get(1).eval(frame));
      case "_/_":
        return frame -> Values.divide(args.get(0).eval(frame), args.get(1).eval(frame));
      case "_%_":
        return frame -> Values.modulo(args.get(0).eval(frame), args.get(1).eval(frame));
      case "-_":
        return frame -> Values.negate(args.get(0).eval(frame));
      case "@in":
        return frame -> Values.in(args.get(0).eval(frame), args.get(1).eval(frame));
      case "_[_]":
        return frame -> Values.index(args.get(0).eval(frame), args.get(1).eval(frame));
      case "size":
        return frame -> Values.size(args.get(0).eval(frame));
      case "contains":
        return overloads != null && overloads.contains("contains_string") ? strings(args, String::contains)
            : ours(overloads, args);
      case "startsWith":
        return strings(args, String::startsWith);
      case "endsWith":
        return strings(args, String::endsWith);
      default:
        return ours(overloads, args);
    }
  }

  private Node ours(List<String> overloads, List<Node> args) {
    if (overloads == null || overloads.size() != 1) {
      throw new Unsupported();
    }
    Function<Object[], Object> body = Functions.get().body(overloads.get(0)).orElseThrow(Unsupported::new);
    return frame -> {
      Object[] values = new Object[args.size()];
      for (int i = 0; i < values.length; i++) {
        values[i] = args.get(i).eval(frame);
      }
      try {
        Object result = body.apply(values);
        return result instanceof Integer number ? (Object) number.longValue() : result;
      } catch (ClassCastException e) {
        throw new Failure("no matching overload: " + e.getMessage());
      }
    };
  }

  private static Node strings(List<Node> args, java.util.function.BiPredicate<String, String> test) {
    return frame -> {
      Object text = args.get(0).eval(frame);
      Object part = args.get(1).eval(frame);
      if (text instanceof String a && part instanceof String b) {
        return test.test(a, b);
      }
      throw new Failure("no matching overload");
    };
  }

  /**
   * CEL's {@code &&} and {@code ||}: either side decides if it can, even when the other fails; a
   * failure counts only when nothing decides.
   */
  private static Node logical(Node left, Node right, boolean decisive) {
    return frame -> {
      RuntimeException leftFailure = null;
      try {
        if (bool(left.eval(frame)) == decisive) {
          return decisive;
        }
      } catch (RuntimeException e) {
        leftFailure = e;
      }
      boolean rightValue = bool(right.eval(frame));
      if (rightValue == decisive) {
        return decisive;
      }
      if (leftFailure != null) {
        throw leftFailure;
      }
      return !decisive;
    };
  }

  private static boolean bool(Object value) {
    if (value instanceof Boolean b) {
      return b;
    }
    throw new Failure("no matching overload: expected a bool, not " + value);
  }

  /** Values are compared, added... as CEL does it on the types rules use. */
  static final class Values {
    private Values() {}

    static boolean equal(Object a, Object b) {
      if (a instanceof Long x && b instanceof Long y) {
        return x.longValue() == y.longValue();
      }
      if (a instanceof Number x && b instanceof Number y) {
        return x.doubleValue() == y.doubleValue();
      }
      if (a instanceof List<?> x && b instanceof List<?> y) {
        if (x.size() != y.size()) {
          return false;
        }
        for (int i = 0; i < x.size(); i++) {
          if (!equal(x.get(i), y.get(i))) {
            return false;
          }
        }
        return true;
      }
      return a == null ? b == null : a.equals(b);
    }

    static int compare(Object a, Object b) {
      if (a instanceof Number x && b instanceof Number y) {
        return compareNumbers(x, y);
      }
      if (a instanceof String x && b instanceof String y) {
        return Integer.signum(compareCodePoints(x, y));
      }
      if (a instanceof Boolean x && b instanceof Boolean y) {
        return Boolean.compare(x, y);
      }
      if (a instanceof LocalDate x && b instanceof LocalDate y) {
        return x.compareTo(y);
      }
      throw new Failure("no matching overload for comparison of " + a + " and " + b);
    }

    private static int compareNumbers(Number x, Number y) {
      if (x instanceof Long a && y instanceof Long b) {
        return Long.compare(a, b);
      }
      double a = x.doubleValue();
      double b = y.doubleValue();
      return a < b ? -1 : a > b ? 1 : 0;
    }

    private static int compareCodePoints(String x, String y) {
      int i = 0;
      int j = 0;
      while (i < x.length() && j < y.length()) {
        int a = x.codePointAt(i);
        int b = y.codePointAt(j);
        if (a != b) {
          return a - b;
        }
        i += Character.charCount(a);
        j += Character.charCount(b);
      }
      return (x.length() - i) - (y.length() - j);
    }

    static Object add(Object a, Object b) {
      if (a instanceof List<?> x && b instanceof List<?> y) {
        List<Object> joined = new ArrayList<>(x.size() + y.size());
        joined.addAll(x);
        joined.addAll(y);
        return joined;
      }
      return arithmetic(a, b, Math::addExact, Double::sum, "+");
    }

    static Object subtract(Object a, Object b) {
      return arithmetic(a, b, Math::subtractExact, (x, y) -> x - y, "-");
    }

    static Object multiply(Object a, Object b) {
      return arithmetic(a, b, Math::multiplyExact, (x, y) -> x * y, "*");
    }

    /** Whole numbers fail on overflow, as CEL's do; decimals follow IEEE 754. */
    private static Object arithmetic(Object a, Object b, java.util.function.LongBinaryOperator exact,
        java.util.function.DoubleBinaryOperator decimal, String operator) {
      if (a instanceof Long x && b instanceof Long y) {
        try {
          return exact.applyAsLong(x, y);
        } catch (ArithmeticException e) {
          throw new Failure("return error for overflow");
        }
      }
      if (a instanceof Double x && b instanceof Double y) {
        return decimal.applyAsDouble(x, y);
      }
      throw new Failure("no matching overload for " + operator);
    }

    static Object divide(Object a, Object b) {
      if (a instanceof Long x && b instanceof Long y) {
        if (y == 0) {
          throw new Failure("divide by zero");
        }
        if (x == Long.MIN_VALUE && y == -1) {
          throw new Failure("return error for overflow");
        }
        return x / y;
      }
      if (a instanceof Double x && b instanceof Double y) {
        return x / y;
      }
      throw new Failure("no matching overload for /");
    }

    static Object modulo(Object a, Object b) {
      if (a instanceof Long x && b instanceof Long y) {
        if (y == 0) {
          throw new Failure("modulus by zero");
        }
        return y == -1 ? 0L : x % y;
      }
      throw new Failure("no matching overload for %");
    }

    static Object negate(Object a) {
      if (a instanceof Long x) {
        if (x == Long.MIN_VALUE) {
          throw new Failure("return error for overflow");
        }
        return -x;
      }
      if (a instanceof Double x) {
        return -x;
      }
      throw new Failure("no matching overload for -");
    }

    static boolean in(Object item, Object container) {
      if (container instanceof List<?> list) {
        for (Object element : list) {
          if (equal(item, element)) {
            return true;
          }
        }
        return false;
      }
      throw new Failure("no matching overload for in");
    }

    static Object index(Object container, Object key) {
      if (container instanceof List<?> list && key instanceof Number number) {
        double position = number.doubleValue();
        if (position != Math.rint(position) || position < 0 || position >= list.size()) {
          throw new Failure("index out of bounds: " + key);
        }
        return list.get((int) position);
      }
      throw new Failure("no matching overload for index");
    }

    static Object size(Object value) {
      if (value instanceof String text) {
        return (long) text.codePointCount(0, text.length());
      }
      if (value instanceof List<?> list) {
        return (long) list.size();
      }
      throw new Failure("no matching overload for size");
    }
  }
}
