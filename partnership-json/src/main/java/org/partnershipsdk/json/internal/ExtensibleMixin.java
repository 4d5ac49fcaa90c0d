package org.partnershipsdk.json.internal;

import java.util.Map;

/**
 * The one mixin of every model type written as an object, and of its builder: what is the same for
 * all of them. Nothing is detected by naming convention ({@link ModelObject}, {@link ModelBuilder}:
 * only the properties of the binding table are written and read, by {@link ModelIntrospector}), and
 * the properties the SDK does not know are kept and written back. Not for public use.
 */
@ModelObject
abstract class ExtensibleMixin {
  @WritesUnknownProperties abstract Map<String, String> unknownProperties();

  /** The mixin of every model type's builder. */
  @ModelBuilder
  abstract static class BuilderMixin {
    @KeepsUnknownProperties abstract BuilderMixin putUnknownProperty(String name, String json);
  }
}
