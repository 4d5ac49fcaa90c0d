package org.partnershipsdk.core.initiative;

import java.util.Locale;
import org.partnershipsdk.core.internal.Texts;
import org.partnershipsdk.core.model.Coded;
import org.partnershipsdk.core.model.Label;

/** How a {@link FollowUpContact} with the partner took place. */
public enum FollowUpContactKind implements Coded {
  /** A visit on site (mission de suivi terrain). */
  FIELD_VISIT("field-visit", "Field visit", "Mission de suivi terrain"),
  /** A telephone call (appel). */
  CALL("call", "Call", "Appel"),
  /** An e-mail exchange (courriel). */
  EMAIL("e-mail", "E-mail", "Courriel"),
  /** A meeting in person (réunion). */
  MEETING("meeting", "Meeting", "Réunion"),
  /** A video call (visioconférence). */
  VIDEO_CALL("video-call", "Video call", "Visioconférence");

  private final String code;
  private final Label label;

  FollowUpContactKind(String code, String en, String fr) {
    this.code = code;
    this.label = new Label(en, fr);
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String label(Locale locale) {
    return Texts.text("follow-up-contact-kind." + code(), label, locale);
  }
}
