package org.partnershipsdk.core.model;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks personal data (GDPR / RGPD): a value type that describes a person, or an attribute that
 * holds something about a person.
 *
 * <p>What is marked never appears in {@code toString()}, is redacted in validation reports, and is
 * removed or masked by the JSON module's redacting writer.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface PersonalData {}
