package org.cthub.integration.legislation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.cthub.integration.audit.AuditTrail;
import org.cthub.persistence.legislation.DraftComment;
import org.cthub.persistence.legislation.DraftEvent;
import org.cthub.persistence.legislation.DraftOpinion;
import org.cthub.persistence.legislation.DraftStatus;
import org.cthub.persistence.legislation.LegislationDraft;
import org.cthub.persistence.legislation.LegislationDrafts;
import org.cthub.persistence.legislation.Opinion;
import org.cthub.persistence.legislation.ReviewRequest;
import org.cthub.persistence.partner.Organisation;
import org.cthub.persistence.partner.Organisations;
import org.cthub.persistence.partner.WorkingGroups;
import org.cthub.persistence.support.NotPermitted;
import org.cthub.persistence.support.RecordNotFound;
import org.cthub.persistence.support.RuleViolation;

/**
 * The technical review of a draft: the submitter (or the hub operator) asks reviewer organisations and working
 * groups; those asked comment on the whole document or one article and give an overall opinion; the submitter
 * marks comments addressed in a later version and finally adopts or withdraws the draft. Each change is made
 * on the draft row-locked, audited (ids and codes, never comment text), and told to the parties concerned
 * through their channels. A caller who cannot see the draft gets "not found"; one who sees it but may not do
 * this gets "not permitted".
 */
@ApplicationScoped
public class ReviewingDraft {

    @Inject
    LegislationDrafts drafts;

    @Inject
    Organisations organisations;

    @Inject
    WorkingGroups workingGroups;

    @Inject
    NotifyingDraftParties notifying;

    @Inject
    AuditTrail audit;

    /** {@code organisation} is the caller's, or null for the hub operator, who may ask on the submitter's behalf. */
    @Transactional
    public List<ReviewRequest> askForReview(String actor, UUID organisation, UUID draftId, List<UUID> reviewers, List<UUID> groups,
            String message) {
        LegislationDraft draft = drafts.lockVisible(draftId, organisation);
        requireSubmitter(draft, organisation, "asks for review");
        for (UUID reviewer : reviewers) {
            // a sandbox organisation is refused like an unknown one: real drafts never reach the sandbox
            if (!organisations.find(reviewer).filter(o -> !o.isSandbox()).map(Organisation::isActive).orElse(false)) {
                throw new RuleViolation("reviewers", "Organisation " + reviewer + " is not an active organisation of the directory: "
                        + "find reviewers with GET /organisations");
            }
        }
        for (UUID group : groups) {
            try {
                workingGroups.get(group);
            } catch (RecordNotFound e) {
                throw new RuleViolation("workingGroups", "Working group " + group + " does not exist: see GET /working-groups");
            }
        }
        Instant now = Instant.now();
        List<ReviewRequest> asked = draft.askForReview(reviewers, groups, blankToNull(message), actor, now);
        DraftEvent event = notifying.reviewRequested(draft, asked, now);
        audit.record(actor, LegislationAudit.REVIEW_REQUESTED, LegislationAudit.TARGET, draftId, "version=" + draft.latestVersion()
                + "; reviewers=" + reviewers + "; workingGroups=" + groups + "; event=" + event.sequence());
        return asked;
    }

    /** A comment by an organisation asked to review; {@code versionNumber} null means the latest version. */
    @Transactional
    public DraftComment comment(String actor, UUID organisation, UUID draftId, Integer versionNumber, String eId, String text) {
        LegislationDraft draft = lockAsReviewer(draftId, organisation);
        boolean firstInRound = draft.status() != DraftStatus.COMMENTED;
        Instant now = Instant.now();
        DraftComment comment = draft.comment(versionNumber == null ? draft.latestVersion() : versionNumber, blankToNull(eId),
                organisation, actor, text, now);
        drafts.add(comment);
        if (firstInRound) {
            notifying.toSubmitter(draft, DraftEvent.Kind.COMMENTED, organisation, now);
        }
        audit.record(actor, LegislationAudit.COMMENTED, LegislationAudit.TARGET, draftId, "comment=" + comment.id() + "; organisation="
                + organisation + "; version=" + comment.versionNumber() + "; eId=" + comment.eId());
        return comment;
    }

    /** The organisation's overall opinion on a version, replacing its earlier one on that version. */
    @Transactional
    public GivenOpinion giveOpinion(String actor, UUID organisation, UUID draftId, Integer versionNumber, Opinion opinion, String summary) {
        LegislationDraft draft = lockAsReviewer(draftId, organisation);
        int number = versionNumber == null ? draft.latestVersion() : versionNumber;
        DraftOpinion earlier = drafts.opinion(draftId, number, organisation).orElse(null);
        Instant now = Instant.now();
        DraftOpinion given = draft.giveOpinion(earlier, number, organisation, opinion, summary, actor, now);
        if (earlier == null) {
            drafts.add(given);
        }
        notifying.toSubmitter(draft, DraftEvent.Kind.OPINION_GIVEN, organisation, now);
        audit.record(actor, LegislationAudit.OPINION_GIVEN, LegislationAudit.TARGET, draftId, "organisation=" + organisation
                + "; version=" + number + "; opinion=" + opinion + "; replaced=" + (earlier != null));
        return new GivenOpinion(given, earlier == null);
    }

    /** The submitter marks a comment addressed in a later version. */
    @Transactional
    public DraftComment markAddressed(String actor, UUID organisation, UUID draftId, UUID commentId, int inVersion, String note) {
        LegislationDraft draft = drafts.lockVisible(draftId, organisation);
        requireSubmitterOnly(draft, organisation, "marks comments addressed");
        DraftComment comment = drafts.comment(draftId, commentId);
        comment.markAddressed(inVersion, draft.latestVersion(), blankToNull(note), actor, Instant.now());
        audit.record(actor, LegislationAudit.COMMENT_ADDRESSED, LegislationAudit.TARGET, draftId, "comment=" + commentId
                + "; version=" + inVersion);
        return comment;
    }

    /** The submitter adopts the draft (as a version, by default the latest) or withdraws it; the reviewers hear of it. */
    @Transactional
    public LegislationDraft close(String actor, UUID organisation, UUID draftId, DraftStatus outcome, Integer adoptedVersion) {
        LegislationDraft draft = drafts.lockVisible(draftId, organisation);
        requireSubmitterOnly(draft, organisation, "adopts or withdraws a draft");
        if (!outcome.isFinal()) {
            throw new RuleViolation("decision", "decision is adopted or withdrawn");
        }
        if (outcome == DraftStatus.WITHDRAWN && adoptedVersion != null) {
            throw new RuleViolation("version", "A withdrawn draft has no adopted version: leave version out");
        }
        Instant now = Instant.now();
        draft.close(outcome, adoptedVersion == null ? draft.latestVersion() : adoptedVersion, now);
        DraftEvent event = notifying.toReviewers(draft, outcome == DraftStatus.ADOPTED ? DraftEvent.Kind.ADOPTED : DraftEvent.Kind.WITHDRAWN, now);
        audit.record(actor, LegislationAudit.CLOSED, LegislationAudit.TARGET, draftId, "status=" + outcome + "; adoptedVersion="
                + draft.adoptedVersion() + "; event=" + event.sequence());
        return ReadingDrafts.load(draft);
    }

    private LegislationDraft lockAsReviewer(UUID draftId, UUID organisation) {
        LegislationDraft draft = drafts.lockVisible(draftId, organisation);
        if (!draft.isAskedOf(organisation, drafts.workingGroupsOf(organisation)) || draft.isSubmittedBy(organisation)) {
            throw new NotPermitted("Only the organisations asked to review this draft comment on it and give opinions");
        }
        return draft;
    }

    private static void requireSubmitter(LegislationDraft draft, UUID organisation, String what) {
        if (organisation != null && !draft.isSubmittedBy(organisation)) {
            throw new NotPermitted("Only the submitting organisation (or the hub operator) " + what);
        }
    }

    private static void requireSubmitterOnly(LegislationDraft draft, UUID organisation, String what) {
        if (organisation == null || !draft.isSubmittedBy(organisation)) {
            throw new NotPermitted("Only the submitting organisation " + what);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    /** An opinion as stored, and whether it is the organisation's first on that version. */
    public record GivenOpinion(DraftOpinion opinion, boolean created) {
    }
}
