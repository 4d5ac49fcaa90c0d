package org.partnershipsdk.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;
import org.partnershipsdk.core.model.IncompleteValueException;

/**
 * The Immutables style shared by every value type of the model. Not for public use.
 *
 * <p>Implementations are overshadowed: builders and {@code with…} methods return the abstract
 * type, so callers only ever name the abstract type and its nested {@code Builder}. The generated
 * {@code Immutable…} classes stay public only because the generated {@code With…} interfaces that
 * carry the copy methods must be; they are not part of the API contract. Missing mandatory attributes and
 * nulls fail with {@link IncompleteValueException}, never a bare {@code NullPointerException}.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    overshadowImplementation = true,
    builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
    jdkOnly = true,
    depluralize = true,
    depluralizeDictionary = {
      "criterion:criteria", "territory:territories", "activity:activities", "beneficiary:beneficiaries",
      "achievement:achievements", "difficulty:difficulties", "organisation:organisations",
      "lessonLearned:lessonsLearned", "fieldOfAction:fieldsOfAction"
    },
    throwForInvalidImmutableState = IncompleteValueException.class,
    throwForNullPointer = IncompleteValueException.class,
    redactedMask = "<personal data>",
    allowedClasspathAnnotations = {java.lang.Override.class},
    defaults = @Value.Immutable(copy = true))
public @interface PartnershipStyle {}
