package org.cthub.persistence.referral;

/**
 * What the recipient tells the sender about a referral: it takes the person on (accept) or not (decline,
 * with a reason), then that work has started (in progress) and ended (complete). Each answer is a move of
 * the referral's {@link ReferralStatus}.
 */
public enum Answer {
    ACCEPT(ReferralStatus.ACCEPTED),
    DECLINE(ReferralStatus.DECLINED),
    IN_PROGRESS(ReferralStatus.IN_PROGRESS),
    COMPLETE(ReferralStatus.COMPLETED);

    private final ReferralStatus target;

    Answer(ReferralStatus target) {
        this.target = target;
    }

    public ReferralStatus target() {
        return target;
    }

    /**
     * Whether the answer needs the person's data to act on. After the person withdrew consent the recipient
     * may still close the referral (decline, complete), but not take the person on or start work.
     */
    public boolean needsConsent() {
        return this == ACCEPT || this == IN_PROGRESS;
    }
}
