package org.cthub.integration.delivery;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.function.BiFunction;
import org.cthub.persistence.partner.PartnerSystem;

/**
 * Builds what a push channel (webhook, SFTP) sends, in a short transaction, before the call and outside it:
 * the message as the recipient organisation may read it at this moment (a referral's personal fields only
 * while the consent covers it, the read audited as any other, in that transaction; a notice otherwise),
 * rendered in the system's format, with the system as it is configured now. Hand-overs that prepare at about
 * the same time share one transaction (see {@link GroupCommit}): each is still read and audited just before
 * its own call, and a group that fails is prepared again one by one.
 */
@ApplicationScoped
public class PreparingHandOver {

    /** The audit actor of reads the hub makes on a recipient's behalf to deliver to it. */
    static final String HUB = "system";

    @Inject
    PreparingInTransaction preparing;

    @Inject
    DeliverySettings settings;

    private GroupCommit<PreparingInTransaction.Preparation<?>, Optional<?>> groups;

    @PostConstruct
    void init() {
        groups = new GroupCommit<>(preparing::prepareAll, preparing::prepare, settings.batchSize());
    }

    /**
     * What the channel makes of the system and the rendered payload, or empty when nothing may be sent: the
     * system is disabled (nothing is read for it then), or the delivery was cancelled meanwhile because the
     * person withdrew consent (its outcome is not recorded either: its lease is gone). The request is made
     * inside the transaction, from the system as it is loaded there.
     */
    @SuppressWarnings("unchecked")
    public <T> Optional<T> prepare(ClaimedDelivery claimed, BiFunction<PartnerSystem, Payload, T> request) {
        return (Optional<T>) groups.run(new PreparingInTransaction.Preparation<>(claimed, request));
    }
}
