package org.partnershipsdk.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.partnershipsdk.core.model.InitiativeId;
import org.partnershipsdk.core.model.OrganisationId;
import org.partnershipsdk.core.model.PartnershipId;
import org.partnershipsdk.core.model.ProgrammeId;

/**
 * The identifiers a generated element may refer to. In a portfolio they are those of the elements
 * it holds, so that every reference resolves; a value generated alone gets identifiers of its own.
 *
 * @param organisations organisations that can be referred to
 * @param programmes programmes that can be referred to
 * @param partnerships partnerships that can be referred to
 * @param initiatives initiatives that can be referred to
 */
record Refs(List<OrganisationId> organisations, List<ProgrammeId> programmes, List<PartnershipId> partnerships,
    List<InitiativeId> initiatives) {

  /** @return identifiers for a value generated alone: a few of each kind */
  static Refs standalone(GenContext context) {
    List<OrganisationId> organisations = new ArrayList<>();
    int count = Math.max(4, context.size());
    for (Vocabulary.OrganisationTemplate template : Draws.distinct(context, Vocabulary.ORGANISATIONS, count)) {
      organisations.add(OrganisationId.of(template.slug() + "-" + context.intBetween(1, 999)));
    }
    Vocabulary.ProgrammeTemplate programme = context.pick(Vocabulary.PROGRAMMES);
    return new Refs(List.copyOf(organisations),
        List.of(ProgrammeId.of(programme.slug() + "-" + context.intBetween(1, 99))),
        List.of(PartnershipId.of("partnership-" + context.intBetween(1, 999))),
        List.of(InitiativeId.of("initiative-" + context.intBetween(1, 999))));
  }

  /** @return an organisation, at random; empty only when there is none */
  Optional<OrganisationId> organisation(GenContext context) {
    return organisations.isEmpty() ? Optional.empty() : Optional.of(context.pick(organisations));
  }

  /** @return a programme, or nothing when there is none or by chance */
  Optional<ProgrammeId> programme(GenContext context) {
    return programmes.isEmpty() || context.chance(0.2) ? Optional.empty() : Optional.of(context.pick(programmes));
  }

  /** @return a partnership, or nothing when there is none or by chance */
  Optional<PartnershipId> partnership(GenContext context) {
    return partnerships.isEmpty() || context.chance(0.3) ? Optional.empty() : Optional.of(context.pick(partnerships));
  }

  /** @return an initiative, or nothing when there is none or by chance */
  Optional<InitiativeId> initiative(GenContext context) {
    return initiatives.isEmpty() || context.chance(0.3) ? Optional.empty() : Optional.of(context.pick(initiatives));
  }
}
