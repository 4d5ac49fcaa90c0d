package org.partnershipsdk.json.internal;

import java.util.function.Supplier;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.ValueInstantiator;

/**
 * Creates a model type's builder through its public factory ({@code Territory.builder()}), so that
 * Jackson never needs reflective access to the builder's package-private constructor (the model's
 * packages are not opened to Jackson). Not for public use.
 */
final class BuilderInstantiator extends ValueInstantiator.Base {
  private final transient Supplier<?> factory;

  /**
   * @param builderType the builder's class
   * @param factory its public factory
   */
  BuilderInstantiator(Class<?> builderType, Supplier<?> factory) {
    super(builderType);
    this.factory = factory;
  }

  @Override
  public boolean canCreateUsingDefault() {
    return true;
  }

  @Override
  public Object createUsingDefault(DeserializationContext context) {
    return factory.get();
  }
}
