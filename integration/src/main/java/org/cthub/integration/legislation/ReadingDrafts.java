package org.cthub.integration.legislation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.cthub.integration.audit.AuditTrail;
import org.cthub.persistence.legislation.ArticleDiff;
import org.cthub.persistence.legislation.DraftComment;
import org.cthub.persistence.legislation.DraftVersion;
import org.cthub.persistence.legislation.LegislationDraft;
import org.cthub.persistence.legislation.LegislationDrafts;

/**
 * Reading drafts, their versions, the diff between two versions and the comments. The scope is the caller's
 * organisation (null for the hub operator): a draft it neither submitted nor was asked to review is not found. Every read is audited, since drafts are
 * unpublished government documents.
 */
@ApplicationScoped
public class ReadingDrafts {

    @Inject
    LegislationDrafts drafts;

    @Inject
    AuditTrail audit;

    /** One page of the drafts in scope, with their versions loaded for the list view. */
    @Transactional
    public List<LegislationDraft> page(String actor, UUID organisation, int offset, int limit) {
        List<LegislationDraft> page = drafts.page(organisation, offset, limit);
        page.forEach(ReadingDrafts::load);
        audit.record(actor, LegislationAudit.LISTED, LegislationAudit.TARGET, null,
                "organisation=" + organisation + "; offset=" + offset + "; returned=" + page.size());
        return page;
    }

    @Transactional
    public long count(UUID organisation) {
        return drafts.count(organisation);
    }

    @Transactional
    public LegislationDraft read(String actor, UUID organisation, UUID draftId) {
        LegislationDraft draft = drafts.getVisible(draftId, organisation);
        load(draft);
        audit.record(actor, LegislationAudit.READ, LegislationAudit.TARGET, draftId, "organisation=" + organisation);
        return draft;
    }

    /** Loads the versions and their articles, which the views read after the transaction. */
    static LegislationDraft load(LegislationDraft draft) {
        draft.versions().forEach(version -> version.articles().size());
        draft.reviewRequests().size();
        return draft;
    }

    @Transactional
    public DraftVersion version(String actor, UUID organisation, UUID draftId, int number) {
        DraftVersion version = drafts.getVisible(draftId, organisation).version(number);
        audit.record(actor, LegislationAudit.VERSION_READ, LegislationAudit.TARGET, draftId,
                "organisation=" + organisation + "; version=" + number);
        return version;
    }

    /** The articles that changed from one version to another, and the comments marked addressed in the versions between. */
    @Transactional
    public VersionComparison diff(String actor, UUID organisation, UUID draftId, int from, int to) {
        LegislationDraft draft = drafts.getVisible(draftId, organisation);
        ArticleDiff diff = ArticleDiff.between(draft.version(from).articlesToCompare(), draft.version(to).articlesToCompare());
        int older = Math.min(from, to);
        int newer = Math.max(from, to);
        List<DraftComment> addressed = drafts.comments(draftId).stream().filter(comment -> comment.addressedInVersion() != null
                && comment.addressedInVersion() > older && comment.addressedInVersion() <= newer).toList();
        audit.record(actor, LegislationAudit.DIFF_READ, LegislationAudit.TARGET, draftId,
                "organisation=" + organisation + "; from=" + from + "; to=" + to);
        return new VersionComparison(diff, addressed);
    }

    /** The draft with its comments and opinions, for everyone who may see the draft. */
    @Transactional
    public DraftReview review(String actor, UUID organisation, UUID draftId) {
        LegislationDraft draft = load(drafts.getVisible(draftId, organisation));
        DraftReview review = new DraftReview(draft, drafts.comments(draftId), drafts.opinions(draftId));
        audit.record(actor, LegislationAudit.COMMENTS_READ, LegislationAudit.TARGET, draftId, "organisation=" + organisation
                + "; comments=" + review.comments().size() + "; opinions=" + review.opinions().size());
        return review;
    }

    /** What a diff shows: the changed articles, and the comments the newer versions addressed. */
    public record VersionComparison(ArticleDiff articles, List<DraftComment> addressed) {
    }
}
