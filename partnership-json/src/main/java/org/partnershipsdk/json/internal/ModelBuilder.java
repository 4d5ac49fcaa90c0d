package org.partnershipsdk.json.internal;

import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import tools.jackson.databind.annotation.JsonPOJOBuilder;

/**
 * Marks the mixin of the model types' builders: their setters are named like the properties (no
 * {@code with} prefix), {@code build()} makes the value, and only the setter the binding table
 * gives each property is used (the builders have several overloads per property). Not for
 * public use.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@JacksonAnnotationsInside
@JsonAutoDetect(fieldVisibility = Visibility.NONE, getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE,
    scalarConstructorVisibility = Visibility.NONE)
@JsonPOJOBuilder(withPrefix = "", buildMethodName = "build")
@interface ModelBuilder {}
