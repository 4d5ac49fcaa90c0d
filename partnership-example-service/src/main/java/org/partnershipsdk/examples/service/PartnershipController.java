package org.partnershipsdk.examples.service;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.Locale;
import org.partnershipsdk.core.check.Checker;
import org.partnershipsdk.core.initiative.Initiative;
import org.partnershipsdk.core.model.InitiativeId;
import org.partnershipsdk.core.portfolio.Portfolio;
import org.partnershipsdk.core.rules.RulesEngine;
import org.partnershipsdk.json.DocumentType;
import org.partnershipsdk.json.PartnershipJson;
import org.partnershipsdk.json.PartnershipSchemas;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The service's endpoints. Request and response bodies are the model's values in the SDK's wire
 * format (Boot's JSON mapper reads and writes them through {@code PartnershipJsonModule}); failures
 * are RFC 9457 problem details in the request's language, from partnership-spring-boot.
 */
@RestController
public class PartnershipController {
  private final PortfolioStore store;
  private final Checker checker;
  private final boolean byProgramme;
  private final PartnershipJson json;

  PartnershipController(PortfolioStore store, Checker checker, RulesEngine engine, PartnershipJson json) {
    this.store = store;
    this.checker = checker;
    this.byProgramme = engine.isByProgramme();
    this.json = json;
  }

  /**
   * Validates an initiative ({@code @Valid}: Boot's validator, which the starter made see the model)
   * and puts it in the portfolio.
   *
   * @param initiative the initiative, as the {@code data} of an initiative document
   * @return 201 with its location; a 422 problem if it is not valid
   */
  @PostMapping("/initiatives")
  public ResponseEntity<Initiative> add(@Valid @RequestBody Initiative initiative) {
    store.put(initiative);
    return ResponseEntity.created(URI.create("/initiatives/" + initiative.id().value())).body(initiative);
  }

  /**
   * @param id an initiative's identifier
   * @return the initiative, or 404
   */
  @GetMapping("/initiatives/{id}")
  public ResponseEntity<Initiative> initiative(@PathVariable("id") String id) {
    return ResponseEntity.of(store.initiative(InitiativeId.of(id)));
  }

  /**
   * @param locale the request's language
   * @return the check of the service's portfolio: violations and the findings of each element's programme's profile
   */
  @GetMapping("/portfolio/check")
  public CheckResponse checkOwn(Locale locale) {
    return CheckResponse.of(checker.check(store.portfolio()), byProgramme, locale);
  }

  /**
   * @param portfolio a portfolio, as the {@code data} of a portfolio document
   * @param locale the request's language
   * @return its check: violations and the findings of each element's programme's profile (200 whatever they are: the report is
   *     the answer)
   */
  @PostMapping("/portfolio/check")
  public CheckResponse check(@RequestBody Portfolio portfolio, Locale locale) {
    return CheckResponse.of(checker.check(portfolio), byProgramme, locale);
  }

  /**
   * Reads a whole portfolio document (envelope with {@code type} and {@code schemaVersion}) strictly,
   * validating it, and checks it; a document that cannot be read is a problem with its line and column.
   *
   * @param document the document's text
   * @param locale the request's language
   * @return its check
   */
  @PostMapping(path = "/documents/portfolio", consumes = MediaType.APPLICATION_JSON_VALUE)
  public CheckResponse checkDocument(@RequestBody String document, Locale locale) {
    Portfolio portfolio = json.strict().validating().read(DocumentType.PORTFOLIO, document);
    return CheckResponse.of(checker.check(portfolio), byProgramme, locale);
  }

  /**
   * @param type a document type, such as {@code initiative} or {@code portfolio}
   * @return its JSON Schema (draft 2020-12), for a front-end's validator or code generator; 404 for
   *     an unknown type
   */
  @GetMapping(path = "/schemas/{type}", produces = "application/schema+json")
  public ResponseEntity<String> schema(@PathVariable("type") String type) {
    return ResponseEntity.of(DocumentType.values().stream().filter(t -> t.name().equals(type)).findFirst()
        .map(PartnershipSchemas::schema));
  }
}
