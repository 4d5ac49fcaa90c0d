package org.partnershipsdk.json.internal;

import java.util.Map;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DatabindException;

/**
 * A failure found by one of the module's deserializers, carrying the SDK's stable code and the key
 * and arguments of its message, so that the reader reports it exactly. Jackson adds the path as it
 * propagates. Not for public use.
 */
public final class BindingProblem extends DatabindException {
  private static final long serialVersionUID = 1L;

  /** The stable code. */
  private final String code;
  /** The key of the message. */
  private final String messageKey;
  /** The message's arguments; not serialized. */
  private final transient Map<String, Object> arguments;

  private BindingProblem(JsonParser parser, String code, String messageKey, Map<String, Object> arguments,
      Throwable cause) {
    super(parser, code + " " + arguments, parser == null ? null : parser.currentTokenLocation(), cause);
    this.code = code;
    this.messageKey = messageKey;
    this.arguments = Map.copyOf(arguments);
  }

  /**
   * @param parser the parser, at the offending token
   * @param code the stable code, such as {@code json.value.invalid}
   * @param messageKey the key of the message, such as {@code json.value.invalid.date}
   * @param arguments the message's arguments
   * @return the problem, to throw
   */
  static BindingProblem of(JsonParser parser, String code, String messageKey, Map<String, Object> arguments) {
    return new BindingProblem(parser, code, messageKey, arguments, null);
  }

  /**
   * @param parser the parser, at the offending token
   * @param messageKey the key of the message, under {@code json.value.invalid}
   * @param cause the underlying failure, or null
   * @return an invalid-value problem, to throw
   */
  static BindingProblem invalid(JsonParser parser, String messageKey, Throwable cause) {
    return new BindingProblem(parser, "json.value.invalid", messageKey, Map.of(), cause);
  }

  /** @return the stable code */
  public String code() {
    return code;
  }

  /** @return the key of the message */
  public String messageKey() {
    return messageKey;
  }

  /** @return the message's arguments */
  public Map<String, Object> arguments() {
    return arguments == null ? Map.of() : arguments;
  }
}
