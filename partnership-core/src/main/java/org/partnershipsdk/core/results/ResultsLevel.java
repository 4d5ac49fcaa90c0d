package org.partnershipsdk.core.results;

import java.util.List;

/**
 * What every level of a {@link ResultsFramework} carries (une ligne du cadre logique): a statement,
 * the indicators that tell whether it is reached, and the assumptions (hypothèses) it depends on,
 * outside the initiative's control. Implemented by {@link OverallObjective},
 * {@link SpecificObjective}, {@link ExpectedResult} and {@link Activity}.
 */
public interface ResultsLevel {

  /** @return which level this is */
  ResultsLevelKind kind();

  /** @return what the level states (intitulé); blank only in a draft */
  String statement();

  /** @return the indicators that tell whether the level is reached */
  List<Indicator> indicators();

  /** @return the assumptions (hypothèses) the level depends on */
  List<String> assumptions();
}
