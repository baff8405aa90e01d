package org.cthub.integration.referral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import org.cthub.persistence.referral.AnswerDeadlines;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Referral routing settings, from configuration ({@code hub.referral.*}): how long a recipient has to answer
 * (ISO-8601 durations), how often the hub looks for referrals left unanswered, and whether rapid-response
 * referrals are copied to the focal point of the person's country.
 */
@ApplicationScoped
public class ReferralSettings {

    @Inject
    @ConfigProperty(name = "hub.referral.answer-within", defaultValue = "P7D")
    String answerWithin;

    @Inject
    @ConfigProperty(name = "hub.referral.rapid-answer-within", defaultValue = "PT12H")
    String rapidAnswerWithin;

    @Inject
    @ConfigProperty(name = "hub.referral.expiry-check-interval", defaultValue = "PT1M")
    String expiryCheckInterval;

    @Inject
    @ConfigProperty(name = "hub.referral.focal-point-copy", defaultValue = "true")
    boolean focalPointCopy;

    public AnswerDeadlines deadlines() {
        return new AnswerDeadlines(duration("hub.referral.answer-within", answerWithin),
                duration("hub.referral.rapid-answer-within", rapidAnswerWithin));
    }

    public Duration expiryCheckInterval() {
        return duration("hub.referral.expiry-check-interval", expiryCheckInterval);
    }

    public boolean focalPointCopy() {
        return focalPointCopy;
    }

    private static Duration duration(String property, String value) {
        try {
            Duration parsed = Duration.parse(value.trim());
            if (parsed.isNegative() || parsed.isZero()) {
                throw new IllegalStateException(property + " must be a positive ISO-8601 duration (e.g. P7D, PT12H), not " + value);
            }
            return parsed;
        } catch (DateTimeParseException e) {
            throw new IllegalStateException(property + " must be an ISO-8601 duration (e.g. P7D, PT12H), not " + value, e);
        }
    }
}
