package org.cthub.integration.referral;

import org.cthub.persistence.referral.Referral;

/** The referral a submission produced, and whether it was produced earlier under the same Idempotency-Key. */
public record Submitted(Referral referral, boolean replayed) {
}
