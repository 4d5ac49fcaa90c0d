package org.partnershipsdk.benchmarks.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.json.JsonMapper;

/** The plain Jackson 3 mapper of the baseline: defaults, except that it writes the wire format's shape. */
public final class JsonBaseline {
  private JsonBaseline() {}

  /**
   * @return a mapper for {@link WireRecords}: absent ({@code null}) values are not written, decimals
   *     are written in plain notation
   */
  public static JsonMapper mapper() {
    return JsonMapper.builder()
        .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
        .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
        .build();
  }
}
