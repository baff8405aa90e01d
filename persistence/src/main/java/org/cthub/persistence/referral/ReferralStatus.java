package org.cthub.persistence.referral;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a referral is in its lifecycle: submitted → delivered → accepted or declined → in progress →
 * completed; the sender may withdraw it until it is declined or completed.
 */
public enum ReferralStatus {
    SUBMITTED,
    DELIVERED,
    ACCEPTED,
    DECLINED,
    IN_PROGRESS,
    COMPLETED,
    WITHDRAWN;

    /** The statuses this one may move to. */
    public Set<ReferralStatus> next() {
        return switch (this) {
            case SUBMITTED -> EnumSet.of(DELIVERED, WITHDRAWN);
            case DELIVERED -> EnumSet.of(ACCEPTED, DECLINED, WITHDRAWN);
            case ACCEPTED -> EnumSet.of(IN_PROGRESS, WITHDRAWN);
            case IN_PROGRESS -> EnumSet.of(COMPLETED, WITHDRAWN);
            case DECLINED, COMPLETED, WITHDRAWN -> EnumSet.noneOf(ReferralStatus.class);
        };
    }

    public boolean canBecome(ReferralStatus target) {
        return next().contains(target);
    }

    public boolean isFinal() {
        return next().isEmpty();
    }
}
