package org.cthub.integration.sandbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.cthub.integration.delivery.ClaimedDelivery;
import org.cthub.integration.referral.AnsweringReferral;
import org.cthub.persistence.partner.EchoPartner;
import org.cthub.persistence.referral.Answer;
import org.cthub.persistence.support.ConflictingState;

/**
 * The echo partner accepts a sandbox referral it received. Accepting again is harmless: a referral already
 * answered (a repeated delivery), withdrawn or expired is left as it is.
 */
@ApplicationScoped
public class AnsweringAsEcho {

    /** The actor the audit log names for the echo partner's answers. */
    public static final String ACTOR = "sandbox-echo";
    static final String REASON = "Accepted by the CT Hub echo partner (sandbox): nobody will act on this referral";
    private static final Logger LOG = Logger.getLogger(AnsweringAsEcho.class.getName());

    @Inject
    AnsweringReferral answering;

    public void accept(ClaimedDelivery delivery) {
        try {
            answering.answer(ACTOR, EchoPartner.ORGANISATION, delivery.referralId(), Answer.ACCEPT, REASON);
        } catch (ConflictingState alreadyAnswered) {
            LOG.fine(() -> "Echo partner left referral " + delivery.referralId() + " as it was: " + alreadyAnswered.getMessage());
        }
    }
}
