package org.cthub.persistence.referral;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a referral is in its lifecycle: submitted → delivered → accepted or declined → in progress →
 * completed; the sender may withdraw it until it is declined or completed. One left unanswered (submitted or
 * delivered) past its answer deadline expires, and its expiry is escalated to the country's focal point.
 */
public enum ReferralStatus {
    SUBMITTED,
    DELIVERED,
    ACCEPTED,
    DECLINED,
    IN_PROGRESS,
    COMPLETED,
    WITHDRAWN,
    EXPIRED;

    /** The statuses this one may move to. */
    public Set<ReferralStatus> next() {
        return switch (this) {
            case SUBMITTED -> EnumSet.of(DELIVERED, WITHDRAWN, EXPIRED);
            case DELIVERED -> EnumSet.of(ACCEPTED, DECLINED, WITHDRAWN, EXPIRED);
            case ACCEPTED -> EnumSet.of(IN_PROGRESS, WITHDRAWN);
            case IN_PROGRESS -> EnumSet.of(COMPLETED, WITHDRAWN);
            case DECLINED, COMPLETED, WITHDRAWN, EXPIRED -> EnumSet.noneOf(ReferralStatus.class);
        };
    }

    public boolean canBecome(ReferralStatus target) {
        return next().contains(target);
    }

    /** Still waiting for the recipient's first answer: the answer deadline runs. */
    public boolean awaitsAnswer() {
        return this == SUBMITTED || this == DELIVERED;
    }

    public boolean isFinal() {
        return next().isEmpty();
    }
}
