package org.cthub.integration.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.cthub.integration.referral.ReadingReferral;
import org.cthub.integration.referral.ReadingReferral.PersonalRead;
import org.cthub.persistence.partner.PartnerSystem;

/**
 * Builds what a push channel (webhook, SFTP) sends, before the call and outside it: the message as the
 * recipient organisation may read it at this moment (a referral's personal fields only while the consent
 * covers it; a notice otherwise), rendered in the system's format, with the system as it is configured now.
 * It is read in a short transaction that writes nothing ({@link ReadingForHandOver}); a read of personal fields
 * is then audited, committed together with the other reads arriving meanwhile, before this returns, so
 * nothing leaves the hub unaudited and no hand-over pays a commit of its own for its read.
 */
@ApplicationScoped
public class PreparingHandOver {

    /** The audit actor of reads the hub makes on a recipient's behalf to deliver to it. */
    static final String HUB = "system";

    @Inject
    ReadingForHandOver reading;

    @Inject
    ReadingReferral referrals;

    /**
     * What the channel makes of the system and the rendered payload, or empty when nothing may be sent: the
     * system is disabled (nothing is read for it then), or the delivery was cancelled meanwhile because the
     * person withdrew consent (its outcome is not recorded either: its lease is gone).
     */
    public <T> Optional<T> prepare(ClaimedDelivery claimed, BiFunction<PartnerSystem, Payload, T> request) {
        List<PersonalRead> reads = new ArrayList<>(1);
        Optional<T> prepared = reading.read(claimed, request, reads::add);
        reads.forEach(referrals::auditCommitted);
        return prepared;
    }
}
