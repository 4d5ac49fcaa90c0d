package org.partnershipsdk.core.results;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import org.immutables.value.Value;
import org.partnershipsdk.core.model.Referable;
import org.partnershipsdk.core.validation.constraints.UniqueRefs;

/**
 * What every level of a {@link ResultsFramework} carries (une ligne du cadre logique): a statement,
 * the indicators that tell whether it is reached, and the assumptions (hypothèses) it depends on,
 * outside the initiative's control. Implemented by {@link OverallObjective},
 * {@link SpecificObjective}, {@link ExpectedResult} and {@link Activity}.
 */
public interface ResultsLevel extends Referable {

  /** @return which level this is */
  ResultsLevelKind kind();

  /**
   * @return what the level states (intitulé): the impact, outcome or output sought, or what is
   *     done; blank only in a draft
   */
  @Value.Default
  @NotBlank
  default String statement() {
    return "";
  }

  /** @return the indicators that tell whether the level is reached */
  @UniqueRefs
  List<@Valid Indicator> indicators();

  /** @return the assumptions (hypothèses) and preconditions the level depends on */
  List<@NotBlank String> assumptions();
}
