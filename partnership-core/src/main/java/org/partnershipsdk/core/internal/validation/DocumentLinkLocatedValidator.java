package org.partnershipsdk.core.internal.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Map;
import org.partnershipsdk.core.model.DocumentLink;
import org.partnershipsdk.core.validation.constraints.DocumentLinkLocated;

/** Checks {@link DocumentLinkLocated}. Not for public use. */
public final class DocumentLinkLocatedValidator implements ConstraintValidator<DocumentLinkLocated, DocumentLink> {
  @Override
  public boolean isValid(DocumentLink link, ConstraintValidatorContext context) {
    if (link == null || link.url().isPresent() || link.storeReference().filter(s -> !s.isBlank()).isPresent()) {
      return true;
    }
    ConstraintReports.report(context, "document.location.missing", "url", Map.of());
    return false;
  }
}
