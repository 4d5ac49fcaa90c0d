package org.partnershipsdk.core.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.partnershipsdk.core.internal.PartnershipStyle;
import org.partnershipsdk.core.validation.constraints.DocumentLinkLocated;

/**
 * A document that proves or explains something (pièce, justificatif): terms of reference, an
 * agreement, a report, an evaluation, a photo... The SDK stores where it is, never the document
 * itself: a web address, or a reference to the user's own document store, or both. Validation
 * reports a link that says neither ({@code document.location.missing}).
 *
 * <pre>{@code
 * DocumentLink terms = DocumentLink.builder()
 *     .title("Termes de référence de l'évaluation finale")
 *     .category(DocumentCategory.TERMS_OF_REFERENCE)
 *     .storeReference("ged://evaluations/2018/comasagua-tdr.pdf")
 *     .language("fr")
 *     .build();
 * }</pre>
 */
@Value.Immutable
@PartnershipStyle
@DocumentLinkLocated
public abstract class DocumentLink implements WithDocumentLink, Extensible {
  DocumentLink() {}

  /** @return the document's title; blank only in a draft */
  @Value.Default
  @NotBlank
  public String title() {
    return "";
  }

  /** @return its web address */
  public abstract Optional<URI> url();

  /** @return where it is in the user's own document store: a path, a key, a record number... */
  public abstract Optional<String> storeReference();

  /** @return what kind of document it is */
  public abstract Optional<@NotNull DocumentCategory> category();

  /** @return the language it is written in, as an ISO 639-1 code such as {@code fr} or {@code es} */
  public abstract Optional<@Pattern(regexp = "[a-z]{2}") String> language();

  /** @return the date it bears */
  public abstract Optional<LocalDate> date();

  /**
   * @param title the title
   * @param category what kind of document it is
   * @param url its web address
   * @return the link
   */
  public static DocumentLink of(String title, DocumentCategory category, URI url) {
    return builder().title(title).category(category).url(url).build();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DocumentLink}. */
  public static final class Builder extends ImmutableDocumentLink.Builder {
    Builder() {}
  }
}
