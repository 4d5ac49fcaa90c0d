/**
 * partnership-sdk's Spring Boot auto-configuration: Boot's validator made to see the model, the SDK's
 * beans and {@code partnership.*} properties, and RFC 9457 problem details for the SDK's reports.
 */
module org.partnershipsdk.spring.boot {
  requires transitive org.partnershipsdk.core;
  requires static org.partnershipsdk.json;
  requires spring.beans;
  requires spring.boot;
  requires spring.boot.autoconfigure;
  requires spring.context;
  requires spring.core;
  requires static spring.boot.validation;
  requires static spring.web;
  requires static spring.webmvc;

  exports org.partnershipsdk.spring.boot;

  // Spring reads the configuration classes, binds the properties and calls the advice reflectively.
  opens org.partnershipsdk.spring.boot to spring.core, spring.beans, spring.context, spring.boot;
}
