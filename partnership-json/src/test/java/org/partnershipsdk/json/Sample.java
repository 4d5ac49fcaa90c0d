package org.partnershipsdk.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.partnershipsdk.core.model.CountryCode;
import org.partnershipsdk.core.model.FieldOfAction;
import org.partnershipsdk.core.model.InitiativeId;
import org.partnershipsdk.core.model.Money;
import org.partnershipsdk.core.model.Period;
import org.partnershipsdk.core.model.Sdg;
import org.partnershipsdk.core.model.Territory;

/**
 * A test-only holder of every value type the module binds, so that documents can exercise them all
 * before the model's top-level types exist. Public only because Jackson instantiates it.
 *
 * @param id an identifier
 * @param budget an amount
 * @param country a country code
 * @param field a code of a closed list
 * @param goals codes in a list
 * @param territories model objects in a list
 * @param period a model object
 */
@JsonPropertyOrder({"id", "budget", "country", "field", "goals", "territories", "period"})
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Sample(InitiativeId id, Money budget, CountryCode country, FieldOfAction field, List<Sdg> goals,
    List<Territory> territories, Period period) {}
