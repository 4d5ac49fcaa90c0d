package org.partnershipsdk.core.internal.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.GroupSequence;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.groups.Default;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import jakarta.validation.metadata.ValidateUnwrappedValue;
import java.lang.annotation.Annotation;
import java.lang.invoke.CallSite;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.hibernate.validator.group.GroupSequenceProvider;

/**
 * Builds a {@link BeanPlan} from what Hibernate Validator knows of a class
 * ({@link Validator#getConstraintsForClass(Class)}): the same constraints, the same cascades, the
 * same validators. Anything the plan cannot reproduce exactly throws {@link CompiledEngine.Unsupported},
 * and values of that class are then validated by Hibernate Validator alone. Not for public use.
 */
final class BeanPlans {
  private static final String SDK_CONSTRAINTS = "org.partnershipsdk.core.validation.constraints";
  private static final Map<Class<?>, Class<?>> UNWRAPPED = Map.of(OptionalInt.class, Integer.class,
      OptionalLong.class, Long.class, OptionalDouble.class, Double.class);

  /** Hibernate Validator's resolver when nothing decides which properties are read (no JPA). */
  private static final String TRAVERSE_ALL =
      "org.hibernate.validator.internal.engine.resolver.TraverseAllTraversableResolver";

  private final ValidatorFactory factory;
  private final Validator validator;
  private final boolean traversesAll;

  BeanPlans(ValidatorFactory factory, Validator validator) {
    this.factory = factory;
    this.validator = validator;
    this.traversesAll = factory.getTraversableResolver().getClass().getName().equals(TRAVERSE_ALL);
  }

  BeanPlan build(Class<?> type) {
    // A JPA resolver leaves unloaded properties of entities unread; the SDK's values are no entities.
    if (!traversesAll && !type.getName().startsWith("org.partnershipsdk.")) {
      throw new CompiledEngine.Unsupported(type.getName() + " may have properties "
          + factory.getTraversableResolver() + " does not let Hibernate Validator read");
    }
    if (hasGroupSequence(type)) {
      throw new CompiledEngine.Unsupported(type.getName() + " redefines its default group");
    }
    BeanDescriptor bean = validator.getConstraintsForClass(type);
    if (!bean.isBeanConstrained()) {
      return BeanPlan.EMPTY;
    }
    List<ConstraintCheck> classChecks = checks(bean.getConstraintDescriptors(), type);
    List<BeanPlan.Property> properties = new ArrayList<>();
    for (PropertyDescriptor property : bean.getConstrainedProperties()) {
      properties.add(property(type, property));
    }
    return new BeanPlan(classChecks.toArray(ConstraintCheck[]::new), properties.toArray(BeanPlan.Property[]::new));
  }

  private BeanPlan.Property property(Class<?> type, PropertyDescriptor property) {
    String name = property.getPropertyName();
    if (!property.getGroupConversions().isEmpty()) {
      throw new CompiledEngine.Unsupported(type.getName() + "." + name + " converts groups");
    }
    Method getter = getter(type, name);
    Class<?> raw = getter.getReturnType();
    boolean cascaded = property.isCascaded();
    if (cascaded && (Iterable.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw)
        || raw == Optional.class || UNWRAPPED.containsKey(raw) || raw.isArray())) {
      throw new CompiledEngine.Unsupported(type.getName() + "." + name + " cascades into a container as a whole");
    }
    Set<ContainerElementTypeDescriptor> containers = property.getConstrainedContainerElementTypes();
    if (containers.size() > 1) {
      throw new CompiledEngine.Unsupported(type.getName() + "." + name + " constrains several type arguments");
    }
    if (raw == Optional.class && !property.getConstraintDescriptors().isEmpty()) {
      throw new CompiledEngine.Unsupported(type.getName() + "." + name + " constrains an optional as a whole");
    }
    Function<Object, Object> read = reader(getter);
    ContainerElementTypeDescriptor container = containers.isEmpty() ? null : containers.iterator().next();
    try {
      // Hibernate Validator unwraps OptionalInt, OptionalLong and OptionalDouble by default.
      boolean unwrap = UNWRAPPED.containsKey(raw);
      List<ConstraintCheck> checks = checks(property.getConstraintDescriptors(), unwrap ? UNWRAPPED.get(raw) : raw);
      BeanPlan.Elements elements = container == null ? null : elements(getter, container, true);
      return new BeanPlan.Property(name, read, checks.toArray(ConstraintCheck[]::new), unwrap, elements, cascaded,
          null);
    } catch (Delegate delegate) {
      BeanPlan.Elements cascade = container == null || !container.isCascaded() ? null
          : elements(getter, container, false);
      return new BeanPlan.Property(name, read, new ConstraintCheck[0], false, cascade, cascaded, validator);
    }
  }

  private BeanPlan.Elements elements(Method getter, ContainerElementTypeDescriptor descriptor, boolean checked) {
    String where = getter + ", type argument " + descriptor.getTypeArgumentIndex();
    if (!descriptor.getConstrainedContainerElementTypes().isEmpty() || !descriptor.getGroupConversions().isEmpty()) {
      throw new CompiledEngine.Unsupported(where + " nests containers or converts groups");
    }
    Class<?> container = descriptor.getContainerClass();
    int argument = descriptor.getTypeArgumentIndex();
    BeanPlan.Container kind;
    if (container == Optional.class) {
      kind = BeanPlan.Container.OPTIONAL;
    } else if (List.class.isAssignableFrom(container)) {
      kind = BeanPlan.Container.LIST;
    } else if (Iterable.class.isAssignableFrom(container) && !descriptor.isCascaded()) {
      // The elements of a set share one path: which of them Hibernate Validator cascades into then
      // depends on every path it has been through, not only on the beans above.
      kind = BeanPlan.Container.ITERABLE;
    } else if (Map.class.isAssignableFrom(container) && argument == 1) {
      kind = BeanPlan.Container.MAP_VALUE;
    } else {
      throw new CompiledEngine.Unsupported(where + " is in a container the plan does not know");
    }
    Class<?> element = typeArgument(getter.getGenericReturnType(), argument);
    List<ConstraintCheck> checks = checked ? checks(descriptor.getConstraintDescriptors(), element) : List.of();
    return new BeanPlan.Elements(kind, checks.toArray(ConstraintCheck[]::new), descriptor.isCascaded());
  }

  private List<ConstraintCheck> checks(Set<ConstraintDescriptor<?>> constraints, Class<?> type) {
    List<ConstraintCheck> checks = new ArrayList<>(constraints.size());
    for (ConstraintDescriptor<?> constraint : constraints) {
      checks.add(check(constraint, type));
    }
    return checks;
  }

  @SuppressWarnings("unchecked")
  private ConstraintCheck check(ConstraintDescriptor<?> constraint, Class<?> type) {
    Class<? extends Annotation> annotation = constraint.getAnnotation().annotationType();
    // Constraints declared on an interface are also in the interface's group, which Default includes.
    if (!constraint.getGroups().contains(Default.class)) {
      throw new CompiledEngine.Unsupported(constraint + " is not in the default group");
    }
    if (!constraint.getComposingConstraints().isEmpty()) {
      throw new CompiledEngine.Unsupported(constraint + " is composed of other constraints");
    }
    if (constraint.getValueUnwrapping() != ValidateUnwrappedValue.DEFAULT) {
      throw new CompiledEngine.Unsupported(constraint + " says how to unwrap its value");
    }
    String origin = annotation.getPackageName();
    if (origin.equals(SDK_CONSTRAINTS)) {
      List<? extends Class<? extends ConstraintValidator<?, ?>>> validators = constraint.getConstraintValidatorClasses();
      if (validators.size() != 1) {
        throw new CompiledEngine.Unsupported(constraint + " has " + validators.size() + " validators");
      }
      ConstraintValidator<Annotation, Object> validator = (ConstraintValidator<Annotation, Object>)
          factory.getConstraintValidatorFactory().getInstance(validators.get(0));
      validator.initialize(constraint.getAnnotation());
      return new ConstraintCheck.WithValidator(constraint, validator);
    }
    if (origin.equals("jakarta.validation.constraints") || origin.startsWith("org.hibernate.validator.constraints")) {
      Predicate<Object> valid = type == null ? null : StandardConstraints.check(constraint, type);
      if (valid == null) {
        throw new Delegate();
      }
      return new ConstraintCheck.Standard(constraint, valid);
    }
    throw new CompiledEngine.Unsupported(constraint + " is neither the SDK's nor a standard constraint");
  }

  /** Thrown while planning a property with a standard constraint the plan does not check itself. */
  private static final class Delegate extends RuntimeException {
    Delegate() {
      super(null, null, false, false);
    }
  }

  private static Class<?> typeArgument(Type type, int index) {
    if (type instanceof ParameterizedType parameterized && parameterized.getActualTypeArguments().length > index) {
      Type argument = parameterized.getActualTypeArguments()[index];
      if (argument instanceof Class<?> c) {
        return c;
      }
      if (argument instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
        return c;
      }
    }
    return null;
  }

  private static boolean hasGroupSequence(Class<?> type) {
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      if (c.isAnnotationPresent(GroupSequence.class) || c.isAnnotationPresent(GroupSequenceProvider.class)) {
        return true;
      }
      for (Class<?> i : c.getInterfaces()) {
        if (hasGroupSequence(i)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The accessor Hibernate Validator reads the property from ({@link AccessorPropertySelection}). */
  private static Method getter(Class<?> type, String property) {
    for (String candidate : new AccessorPropertySelection().getGetterMethodNameCandidates(property)) {
      for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
        try {
          Method method = c.getDeclaredMethod(candidate);
          if (method.getReturnType() != void.class && !Modifier.isStatic(method.getModifiers())) {
            return method;
          }
        } catch (NoSuchMethodException notHere) {
          // Declared higher up, or under another candidate name.
        }
      }
      try {
        return type.getMethod(candidate);
      } catch (NoSuchMethodException notPublic) {
        // Another candidate, then.
      }
    }
    throw new CompiledEngine.Unsupported("no accessor for " + type.getName() + "." + property);
  }

  /** A function that calls the accessor as fast as a lambda, or through its method handle. */
  @SuppressWarnings("unchecked")
  private static Function<Object, Object> reader(Method getter) {
    MethodHandle handle;
    MethodHandles.Lookup lookup;
    try {
      lookup = MethodHandles.privateLookupIn(getter.getDeclaringClass(), MethodHandles.lookup());
      handle = lookup.unreflect(getter);
    } catch (IllegalAccessException | RuntimeException closed) {
      throw new CompiledEngine.Unsupported(getter + " cannot be read by the SDK: " + closed.getMessage());
    }
    try {
      CallSite site = LambdaMetafactory.metafactory(lookup, "apply", MethodType.methodType(Function.class),
          MethodType.methodType(Object.class, Object.class), handle, handle.type().wrap());
      return (Function<Object, Object>) site.getTarget().invokeExact();
    } catch (Throwable noLambda) {
      MethodHandle generic = handle.asType(MethodType.methodType(Object.class, Object.class));
      return bean -> {
        try {
          return generic.invokeExact(bean);
        } catch (RuntimeException | Error e) {
          throw e;
        } catch (Throwable checked) {
          throw new IllegalStateException(checked);
        }
      };
    }
  }
}
