/**
 * partnership-sdk core: the immutable domain model of partnership management in international
 * solidarity, its validation, and the project-cycle rules engine.
 */
module org.partnershipsdk.core {
  requires static org.immutables.value.annotations;
  requires transitive jakarta.validation;
  requires org.hibernate.validator;
  // Only to keep Hibernate Validator's start-up INFO line out of applications' logs.
  requires java.logging;

  exports org.partnershipsdk.core.model;
  exports org.partnershipsdk.core.organisation;
  exports org.partnershipsdk.core.partnership;
  exports org.partnershipsdk.core.programme;
  exports org.partnershipsdk.core.initiative;
  exports org.partnershipsdk.core.cycle;
  exports org.partnershipsdk.core.results;
  exports org.partnershipsdk.core.mission;
  exports org.partnershipsdk.core.reciprocity;
  exports org.partnershipsdk.core.funding;
  exports org.partnershipsdk.core.portfolio;
  exports org.partnershipsdk.core.rules;
  exports org.partnershipsdk.core.validation;
  exports org.partnershipsdk.core.check;
  exports org.partnershipsdk.core.validation.constraints;
  exports org.partnershipsdk.core.text;

  // Hibernate Validator reads the accessors and instantiates the validators reflectively.
  opens org.partnershipsdk.core.model to org.hibernate.validator;
  opens org.partnershipsdk.core.organisation to org.hibernate.validator;
  opens org.partnershipsdk.core.partnership to org.hibernate.validator;
  opens org.partnershipsdk.core.programme to org.hibernate.validator;
  opens org.partnershipsdk.core.initiative to org.hibernate.validator;
  opens org.partnershipsdk.core.cycle to org.hibernate.validator;
  opens org.partnershipsdk.core.results to org.hibernate.validator;
  opens org.partnershipsdk.core.mission to org.hibernate.validator;
  opens org.partnershipsdk.core.reciprocity to org.hibernate.validator;
  opens org.partnershipsdk.core.funding to org.hibernate.validator;
  opens org.partnershipsdk.core.portfolio to org.hibernate.validator;
  opens org.partnershipsdk.core.internal.validation to org.hibernate.validator;
}
