package org.cthub.integration.referral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.cthub.integration.audit.AuditTrail;
import org.cthub.integration.delivery.OpeningDeliveries;
import org.cthub.persistence.delivery.Deliveries;
import org.cthub.persistence.delivery.Delivery;
import org.cthub.persistence.partner.Organisation;
import org.cthub.persistence.partner.Organisations;
import org.cthub.persistence.referral.Cases;
import org.cthub.persistence.referral.Consent;
import org.cthub.persistence.referral.PersonalData;
import org.cthub.persistence.referral.Referral;
import org.cthub.persistence.referral.ReferralContent;
import org.cthub.persistence.referral.ReturnAndReintegration;
import org.cthub.persistence.referral.RoutedBy;
import org.cthub.persistence.referral.Referrals;
import org.cthub.persistence.referral.SubmissionKey;
import org.cthub.persistence.referral.SubmissionKeys;
import org.cthub.persistence.support.Codes;
import org.cthub.persistence.support.RuleViolation;

/**
 * A partner refers a person to another organisation, named or chosen by the hub from the service directory
 * ({@link RoutingByServiceDirectory}). The consent must cover that recipient for the
 * referral's purpose now; otherwise the refusal says why and nothing is stored. A rapid response also goes to
 * the focal point of the person's country ({@link CopyingToFocalPoint}). An {@code Idempotency-Key}
 * seen before from the same organisation with the same body gives back the first referral. The referral
 * commits together with one delivery per active system of the recipient; a recipient without one is refused.
 */
@ApplicationScoped
public class SubmittingReferral {

    @Inject
    Organisations organisations;

    @Inject
    Cases cases;

    @Inject
    Referrals referrals;

    @Inject
    SubmissionKeys keys;

    @Inject
    OpeningDeliveries deliveries;

    @Inject
    Deliveries outbox;

    @Inject
    AuditTrail audit;

    @Inject
    RoutingByServiceDirectory routing;

    @Inject
    CopyingToFocalPoint focalPointCopy;

    @Transactional
    public Submitted submit(String actor, UUID referringOrganisation, String idempotencyKey, String bodyHash,
            ReferralSubmission submission) {
        // One submission at a time per referring organisation: a retry racing its original finds the stored key.
        if (!organisations.lock(referringOrganisation).map(Organisation::isActive).orElse(false)) {
            throw new RuleViolation(null, "Your organisation is not active in the directory: ask the hub operator");
        }
        Optional<SubmissionKey> earlier = idempotencyKey == null ? Optional.empty()
                : keys.find(referringOrganisation, SubmissionKey.check(idempotencyKey));
        if (earlier.isPresent()) {
            Referral first = referrals.get(earlier.get().replay(bodyHash));
            return new Submitted(first, outbox.ofReferral(first.id()), true);
        }
        Instant now = Instant.now();
        Referral referral = referral(referringOrganisation, submission, now);
        referrals.add(referral);
        // Same transaction: the 201 is sent only once the deliveries are as durable as the referral.
        // in the order GET /referrals/{id} lists them (the database orders UUIDs as their text does)
        List<Delivery> opened = deliveries.forReferral(referral, now).stream()
                .sorted(Comparator.comparing((Delivery d) -> d.partnerSystemId().toString())).toList();
        Optional<UUID> focalPoint = focalPointCopy.copy(referral, now);
        if (idempotencyKey != null) {
            keys.add(new SubmissionKey(referringOrganisation, idempotencyKey, bodyHash, referral.id()));
        }
        audit.record(actor, ReferralAudit.SUBMITTED, ReferralAudit.TARGET, referral.id(),
                "case=" + referral.referralCase().pseudonym() + "; referringOrganisation=" + referringOrganisation
                        + "; referredOrganisation=" + referral.referredOrganisation() + "; urgency=" + Codes.of(referral.urgency())
                        + "; purpose=" + Codes.of(referral.purpose()) + "; consent=" + referral.consent().id()
                        + "; routedBy=" + Codes.of(referral.routedBy()) + focalPoint.map(id -> "; focalPoint=" + id).orElse(""));
        return new Submitted(referral, opened, false);
    }

    private Referral referral(UUID referringOrganisation, ReferralSubmission submission, Instant now) {
        Organisation sender = organisations.get(referringOrganisation);
        Organisation named = submission.referredOrganisation() == null ? null
                : organisations.find(submission.referredOrganisation()).filter(sender::sameSideAs)
                        .orElseThrow(() -> SandboxRecipients.unknownRecipient(sender));
        if (submission.consent() == null) {
            throw new RuleViolation("consent", "consent is required: no personal data moves without it");
        }
        Consent consent = submission.consent().consent(now);
        PersonalData person = submission.person() == null
                ? PersonalData.of(new PersonalData.Details(null, null, null, null, null, null, null, null, null, null))
                : submission.person().personalData();
        ReferralContent content = submission.content();
        ReturnAndReintegration.requireDelinked(content.assistanceTypes());
        Organisation recipient = named != null ? named : routing.choose(referringOrganisation, content, consent, now);
        // A refusal from here on (consent not covering the recipient) rolls back the case opened for it too.
        return new Referral(cases.forReference(referringOrganisation, submission.caseReference()), referringOrganisation,
                recipient, named != null ? RoutedBy.SENDER : RoutedBy.SERVICE_DIRECTORY, content, person, consent, now);
    }
}
