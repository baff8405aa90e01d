package org.cthub.integration.delivery;

import org.cthub.integration.referral.ReferralReading;
import org.cthub.persistence.delivery.Delivery;

/** A message in an inbox and its payload, read for the recipient at the moment it pulls. */
public record InboxMessage(Delivery delivery, ReferralReading referral) {
}
