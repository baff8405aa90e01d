package org.cthub.integration.legislation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.cthub.integration.audit.AuditTrail;
import org.cthub.persistence.legislation.DraftEvent;
import org.cthub.persistence.legislation.DraftStatus;
import org.cthub.persistence.legislation.DocumentFormat;
import org.cthub.persistence.legislation.DraftVersion;
import org.cthub.persistence.legislation.LegislationDraft;
import org.cthub.persistence.legislation.LegislationDrafts;
import org.cthub.persistence.partner.Organisation;
import org.cthub.persistence.partner.Organisations;
import org.cthub.persistence.support.Codes;
import org.cthub.persistence.support.RuleViolation;

/**
 * A partner submits a draft as Akoma Ntoso. The first document of a FRBR work starts a draft of the
 * submitting organisation; every later one of the same work (same FRBRWork/FRBRuri) becomes its next
 * version. Another organisation's document with the same work URI starts that organisation's own draft.
 * The document is read and validated before anything is stored, so a refused document leaves no trace. A
 * version submitted once review began makes the draft revised, and the reviewers hear of it.
 * A Word or PDF draft comes with its metadata ({@link FileDraftMetadata}) and joins the same draft as an
 * Akoma Ntoso document of the same work; a Word draft keeps the Akoma Ntoso generated from it.
 */
@ApplicationScoped
public class SubmittingDraft {

    @Inject
    Organisations organisations;

    @Inject
    LegislationDrafts drafts;

    @Inject
    NotifyingDraftParties notifying;

    @Inject
    AuditTrail audit;

    @Transactional
    public DraftSubmitted submit(String actor, UUID organisation, byte[] document) {
        return store(actor, organisation, ReadingAkomaNtoso.read(document), document, DocumentFormat.AKN, null);
    }

    @Transactional
    public DraftSubmitted submitWord(String actor, UUID organisation, byte[] docx, FileDraftMetadata metadata) {
        WordDraft word = WordDraft.read(docx, metadata, LocalDate.now(ZoneOffset.UTC));
        return store(actor, organisation, word.draft(), docx, DocumentFormat.DOCX, word.akomaNtoso());
    }

    /** A PDF is kept as it is: a version without articles, which diffs refuse to compare. */
    @Transactional
    public DraftSubmitted submitPdf(String actor, UUID organisation, byte[] pdf, FileDraftMetadata metadata) {
        ReadingPdf.check(pdf);
        return store(actor, organisation, new AkomaNtosoDraft(metadata.metadata(), List.of()), pdf, DocumentFormat.PDF, null);
    }

    private DraftSubmitted store(String actor, UUID organisation, AkomaNtosoDraft read, byte[] document, DocumentFormat format,
            byte[] generated) {
        // One submission at a time per organisation: two first versions of one work racing each other become
        // versions 1 and 2 of one draft instead of a duplicate the database would refuse.
        if (!organisations.lock(organisation).map(Organisation::isActive).orElse(false)) {
            throw new RuleViolation(null, "Your organisation is not active in the directory: ask the hub operator");
        }
        Instant now = Instant.now();
        LegislationDraft draft = drafts.lockByWork(organisation, read.metadata().workUri()).orElse(null);
        boolean first = draft == null;
        if (first) {
            draft = new LegislationDraft(organisation, read.metadata(), now);
            drafts.add(draft);
        }
        DraftVersion version = draft.addVersion(read.metadata(), document, read.articles(), actor, now);
        if (format != DocumentFormat.AKN) {
            version.submittedAs(format, generated);
        }
        if (draft.status() == DraftStatus.REVISED) {
            notifying.toReviewers(draft, DraftEvent.Kind.VERSION_SUBMITTED, now);
        }
        audit.record(actor, first ? LegislationAudit.SUBMITTED : LegislationAudit.VERSION_SUBMITTED, LegislationAudit.TARGET,
                draft.id(), "organisation=" + organisation + "; version=" + version.number() + "; articles=" + read.articles().size()
                        + "; bytes=" + document.length + "; format=" + Codes.of(format));
        return new DraftSubmitted(ReadingDrafts.load(draft), version.number());
    }
}
