package org.partnershipsdk.json;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Set;
import org.partnershipsdk.core.model.CountryCode;
import org.partnershipsdk.core.model.CurrencyCode;
import org.partnershipsdk.core.model.FieldOfAction;
import org.partnershipsdk.core.model.InitiativeId;
import org.partnershipsdk.core.model.Money;
import org.partnershipsdk.core.model.OrganisationId;
import org.partnershipsdk.core.model.Period;
import org.partnershipsdk.core.model.Sdg;
import org.partnershipsdk.core.model.Territory;

/**
 * A test-only holder of every value type the module binds, so that documents exercise them all
 * before the model's top-level types are bound. Every property is required in its JSON. Public only
 * because Jackson instantiates it.
 *
 * @param id an identifier
 * @param partner another kind of identifier
 * @param budget an amount
 * @param country a country code
 * @param currency a currency code
 * @param field a code of a closed list
 * @param goals codes in a list
 * @param fields codes in a set
 * @param territories model objects in a list
 * @param period a model object
 * @param count an integer
 * @param confirmed a boolean
 * @param note a text
 */
@JsonPropertyOrder({"id", "partner", "budget", "country", "currency", "field", "goals", "fields", "territories",
    "period", "count", "confirmed", "note"})
public record Sample(InitiativeId id, OrganisationId partner, Money budget, CountryCode country, CurrencyCode currency,
    FieldOfAction field, List<Sdg> goals, Set<FieldOfAction> fields, List<Territory> territories, Period period,
    int count, boolean confirmed, String note) {}
