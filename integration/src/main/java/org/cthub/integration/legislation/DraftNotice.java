package org.cthub.integration.legislation;

import java.time.Instant;
import java.util.UUID;
import org.cthub.persistence.delivery.MessageType;
import org.cthub.persistence.legislation.DocumentType;
import org.cthub.persistence.legislation.DraftEvent;
import org.cthub.persistence.legislation.DraftStatus;
import org.cthub.persistence.legislation.LegislationDraft;
import org.cthub.persistence.legislation.ReviewRequest;

/**
 * What a message about a draft tells a party: which draft, what happened, its status then, and the version
 * concerned. The document itself is not in the message (a claim check): the recipient fetches the version
 * from {@code documentPath} with its own token, and that read is audited like any other.
 */
public record DraftNotice(MessageType type, UUID draftId, String workUri, String title, String country, DocumentType documentType,
        DraftEvent.Kind event, DraftStatus status, int versionNumber, int latestVersion, UUID organisation, String message,
        Instant at, String documentPath) {

    public static DraftNotice of(MessageType type, LegislationDraft draft, DraftEvent event) {
        String message = type == MessageType.REVIEW_REQUEST ? draft.reviewRequests().stream()
                .filter(request -> request.versionNumber() == event.versionNumber()).map(ReviewRequest::message)
                .filter(text -> text != null).reduce((first, last) -> last).orElse(null) : null;
        return new DraftNotice(type, draft.id(), draft.workUri(), draft.title(), draft.country(), draft.documentType(), event.kind(),
                event.status(), event.versionNumber(), draft.latestVersion(), event.organisation(), message, event.at(),
                "/legislation/drafts/" + draft.id() + "/versions/" + event.versionNumber());
    }
}
