package org.partnershipsdk.json.internal;

import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the mixin of the model types written as JSON objects: nothing is detected by naming
 * convention (only the properties of the binding table are written), and absent
 * optionals are omitted. Collections additionally carry {@code @JsonInclude(NON_EMPTY)} so that
 * empty ones are omitted too. Not for public use.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@JacksonAnnotationsInside
@JsonAutoDetect(fieldVisibility = Visibility.NONE, getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE,
    scalarConstructorVisibility = Visibility.NONE)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@interface ModelObject {}
