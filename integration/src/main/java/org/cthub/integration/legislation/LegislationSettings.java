package org.cthub.integration.legislation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Draft legislation settings ({@code hub.legislation.*}): the largest document accepted, in bytes
 * (HUB_LEGISLATION_MAX_DOCUMENT_BYTES, default 5 MiB). Drafts are larger than JSON requests, so they have
 * their own cap instead of {@code hub.api.max-body-bytes}.
 */
@ApplicationScoped
public class LegislationSettings {

    @Inject
    @ConfigProperty(name = "hub.legislation.max-document-bytes", defaultValue = "5242880")
    long maxDocumentBytes;

    public long maxDocumentBytes() {
        return maxDocumentBytes;
    }
}
