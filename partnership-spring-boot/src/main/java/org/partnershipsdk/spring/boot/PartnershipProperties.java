package org.partnershipsdk.spring.boot;

import org.partnershipsdk.core.validation.ModelValidator;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The {@code partnership.*} properties of a Spring Boot application that uses partnership-sdk. */
@ConfigurationProperties("partnership")
public class PartnershipProperties {
  private final Rules rules = new Rules();
  private final Validation validation = new Validation();
  private final Json json = new Json();
  private final ProblemDetails problemDetails = new ProblemDetails();

  /** @return the rules engine's settings */
  public Rules getRules() {
    return rules;
  }

  /** @return the model validator's settings */
  public Validation getValidation() {
    return validation;
  }

  /** @return the settings of the {@code PartnershipJson} bean */
  public Json getJson() {
    return json;
  }

  /** @return the settings of the problem-details responses */
  public ProblemDetails getProblemDetails() {
    return problemDetails;
  }

  /** The rules engine's settings. */
  public static class Rules {
    /**
     * The profile forced on every element, whatever its programme: default, caac, explor, or one your
     * ProgrammeProfiles bean knows. Unset, each element is judged by the profile its programme names,
     * and elements of no programme by default.
     */
    private String profile;

    /** @return the name of the profile forced on every element, or null to judge each by its programme's */
    public String getProfile() {
      return profile;
    }

    /** @param profile the name of the profile to force on every element, or null to judge each by its programme's */
    public void setProfile(String profile) {
      this.profile = profile;
    }
  }

  /** The model validator's settings. */
  public static class Validation {
    /** The most violations a report lists; the others are counted. */
    private int violationLimit = ModelValidator.DEFAULT_VIOLATION_LIMIT;

    /** @return the most violations a report lists */
    public int getViolationLimit() {
      return violationLimit;
    }

    /** @param violationLimit the most violations a report lists, at least 1 */
    public void setViolationLimit(int violationLimit) {
      this.violationLimit = violationLimit;
    }
  }

  /** The settings of the {@code PartnershipJson} bean. */
  public static class Json {
    /** Whether reads reject the properties this version of the SDK does not know. */
    private boolean strict;
    /** Whether reads validate what they read and fail on any violation. */
    private boolean validating;
    /** Whether writes are indented. */
    private boolean indented;

    /** @return whether reads are strict */
    public boolean isStrict() {
      return strict;
    }

    /** @param strict whether reads are strict */
    public void setStrict(boolean strict) {
      this.strict = strict;
    }

    /** @return whether reads validate */
    public boolean isValidating() {
      return validating;
    }

    /** @param validating whether reads validate */
    public void setValidating(boolean validating) {
      this.validating = validating;
    }

    /** @return whether writes are indented */
    public boolean isIndented() {
      return indented;
    }

    /** @param indented whether writes are indented */
    public void setIndented(boolean indented) {
      this.indented = indented;
    }
  }

  /** The settings of the problem-details responses. */
  public static class ProblemDetails {
    /**
     * Whether MVC answers a failed @Valid on a model value, and the SDK's exceptions, with RFC 9457
     * problem details.
     */
    private boolean enabled = true;
    /** What each problem's type URI starts with; the problem's code follows it. */
    private String typePrefix = PartnershipProblemDetails.DEFAULT_TYPE_PREFIX;

    /** @return whether the problem-details advice is on */
    public boolean isEnabled() {
      return enabled;
    }

    /** @param enabled whether the problem-details advice is on */
    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    /** @return what type URIs start with */
    public String getTypePrefix() {
      return typePrefix;
    }

    /** @param typePrefix what type URIs start with */
    public void setTypePrefix(String typePrefix) {
      this.typePrefix = typePrefix;
    }
  }
}
