package org.cthub.api.legislation;

import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.cthub.integration.legislation.DraftSubmitted;
import org.cthub.integration.legislation.SubmittingDraft;
import org.cthub.persistence.legislation.DocumentFormat;
import org.cthub.persistence.support.RuleViolation;

/** Routes a submitted body to its use case by its media type: Akoma Ntoso (or plain XML), Word or PDF. */
final class DraftSubmission {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String PDF = "application/pdf";

    private DraftSubmission() {
    }

    static DraftSubmitted submit(SubmittingDraft submitting, String actor, UUID organisation, String contentType, byte[] body,
            FileDraftParameters parameters) {
        if (body.length == 0) {
            throw new RuleViolation("document", "The body is empty: send the document itself as the request body.");
        }
        return switch (formatOf(contentType)) {
            case AKN -> {
                parameters.refuseForAkomaNtoso();
                yield submitting.submit(actor, organisation, body);
            }
            case DOCX -> submitting.submitWord(actor, organisation, body, parameters.metadata());
            case PDF -> submitting.submitPdf(actor, organisation, body, parameters.metadata());
        };
    }

    /** JAX-RS has already matched the type against the operation's @Consumes: XML of either name is Akoma Ntoso. */
    private static DocumentFormat formatOf(String contentType) {
        MediaType type = MediaType.valueOf(contentType);
        String bare = type.getType() + "/" + type.getSubtype();
        return DocumentFormat.ofMediaType(bare).orElse(DocumentFormat.AKN);
    }
}
