package org.cthub.persistence.statistics;

import java.time.Instant;
import java.util.UUID;

/**
 * What statistics may know of one reintegration follow-up report not yet made: its id (for its record key),
 * the countries of the referral's referring and referred organisations, and when it falls due.
 */
public record FollowUpFacts(UUID id, String origin, String destination, Instant dueAt) {
}
