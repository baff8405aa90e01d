package org.cthub.integration.legislation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.cthub.persistence.delivery.Deliveries;
import org.cthub.persistence.delivery.Delivery;
import org.cthub.persistence.delivery.MessageType;
import org.cthub.persistence.legislation.DraftEvent;
import org.cthub.persistence.legislation.LegislationDraft;
import org.cthub.persistence.legislation.LegislationDrafts;
import org.cthub.persistence.legislation.ReviewRequest;
import org.cthub.persistence.partner.Membership;
import org.cthub.persistence.partner.PartnerSystems;
import org.cthub.persistence.partner.SystemStatus;
import org.cthub.persistence.partner.WorkingGroups;

/**
 * Records a draft's event and tells its parties through the delivery outbox, in the caller's transaction:
 * one message per active partner system, with the outbox's at-least-once guarantees. Reviewers are the
 * organisations asked directly and the members of the working groups asked, never the submitter itself.
 */
@ApplicationScoped
public class NotifyingDraftParties {

    @Inject
    LegislationDrafts drafts;

    @Inject
    WorkingGroups workingGroups;

    @Inject
    PartnerSystems systems;

    @Inject
    Deliveries deliveries;

    /** A {@code review-request} to the organisations of the given requests. */
    public DraftEvent reviewRequested(LegislationDraft draft, List<ReviewRequest> requests, Instant now) {
        DraftEvent event = record(draft, DraftEvent.Kind.REVIEW_REQUESTED, null, now);
        send(MessageType.REVIEW_REQUEST, draft, event, reviewers(draft, requests), now);
        return event;
    }

    /** A {@code draft-update} to every reviewer asked so far: a new version, adopted or withdrawn. */
    public DraftEvent toReviewers(LegislationDraft draft, DraftEvent.Kind kind, Instant now) {
        DraftEvent event = record(draft, kind, null, now);
        send(MessageType.DRAFT_UPDATE, draft, event, reviewers(draft, draft.reviewRequests()), now);
        return event;
    }

    /** A {@code draft-update} to the submitter: a reviewer commented (first in a round) or gave its opinion. */
    public DraftEvent toSubmitter(LegislationDraft draft, DraftEvent.Kind kind, UUID reviewer, Instant now) {
        DraftEvent event = record(draft, kind, reviewer, now);
        send(MessageType.DRAFT_UPDATE, draft, event, Set.of(draft.organisation()), now);
        return event;
    }

    private DraftEvent record(LegislationDraft draft, DraftEvent.Kind kind, UUID organisation, Instant now) {
        DraftEvent event = draft.event(kind, draft.latestVersion(), organisation, now);
        drafts.add(event);
        return event;
    }

    /** The organisations the requests reach: those asked, and the members of the groups asked, but not the submitter. */
    Set<UUID> reviewers(LegislationDraft draft, Collection<ReviewRequest> requests) {
        Set<UUID> reviewers = new LinkedHashSet<>();
        for (ReviewRequest request : requests) {
            if (request.reviewerOrganisation() != null) {
                reviewers.add(request.reviewerOrganisation());
            } else {
                workingGroups.get(request.workingGroup()).members().stream().map(Membership::organisationId).forEach(reviewers::add);
            }
        }
        reviewers.remove(draft.organisation());
        return reviewers;
    }

    private void send(MessageType type, LegislationDraft draft, DraftEvent event, Set<UUID> organisations, Instant now) {
        for (UUID organisation : organisations) {
            systems.of(organisation).stream().filter(system -> system.status() == SystemStatus.ACTIVE)
                    .map(system -> Delivery.ofDraftEvent(type, draft.id(), event.sequence(), system, now))
                    .forEach(deliveries::add);
        }
    }
}
