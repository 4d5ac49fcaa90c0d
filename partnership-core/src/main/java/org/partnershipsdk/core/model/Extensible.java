package org.partnershipsdk.core.model;

import java.util.Map;
import org.immutables.value.Value;

/**
 * A value that keeps what it does not know. When a document written by a newer version of the SDK
 * or by another tool is read, its properties that this version does not model are kept here, as
 * raw JSON text by property name, and written back unchanged: nothing is lost on a round trip.
 *
 * <p>Values built in code have none. The JSON module fills and writes them; its strict reader
 * rejects them instead.
 *
 * <p>They take no part in {@code equals}, {@code hashCode} or {@code toString}: two values are
 * equal when everything the SDK models is equal, and what another tool wrote (which may hold
 * personal data) is never printed. A written document keeps them byte for byte.
 */
public interface Extensible {

  /**
   * @return the properties this version does not know, as raw JSON text by name, in the order
   *     they were read
   */
  @Value.Auxiliary
  Map<String, String> unknownProperties();
}
