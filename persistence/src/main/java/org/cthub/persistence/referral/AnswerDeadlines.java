package org.cthub.persistence.referral;

import java.time.Duration;
import java.util.Objects;

/**
 * How long a recipient has to answer a referral before it expires: a stranded person in rapid response
 * cannot wait days, so that urgency has its own, shorter limit.
 */
public record AnswerDeadlines(Duration standard, Duration rapidResponse) {

    public AnswerDeadlines {
        requirePositive(standard);
        requirePositive(rapidResponse);
    }

    private static void requirePositive(Duration limit) {
        if (Objects.requireNonNull(limit).isNegative() || limit.isZero()) {
            throw new IllegalArgumentException("An answer deadline must be longer than zero, not " + limit);
        }
    }

    public Duration limitFor(Urgency urgency) {
        return urgency == Urgency.RAPID_RESPONSE ? rapidResponse : standard;
    }
}
