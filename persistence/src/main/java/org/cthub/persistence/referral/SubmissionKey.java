package org.cthub.persistence.referral;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.cthub.persistence.support.RuleViolation;

/**
 * An {@code Idempotency-Key} a referring organisation used, with a hash of the body it came with and the
 * referral it produced: the same key and body give the first referral back, another body is refused.
 */
@Entity
@Table(name = "referral_submission_key")
public class SubmissionKey {

    static final int KEY_LENGTH = 200;

    @Id
    private UUID id;

    @Column(name = "referring_organisation_id", nullable = false)
    private UUID referringOrganisation;

    @Column(name = "idempotency_key", nullable = false, length = KEY_LENGTH)
    private String key;

    /** SHA-256 (hex) of the request body in canonical form. */
    @Column(name = "body_hash", nullable = false, length = 64)
    private String bodyHash;

    @Column(name = "referral_id", nullable = false)
    private UUID referralId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected SubmissionKey() {
    }

    public SubmissionKey(UUID referringOrganisation, String key, String bodyHash, UUID referralId) {
        this.id = UUID.randomUUID();
        this.referringOrganisation = referringOrganisation;
        this.key = check(key);
        this.bodyHash = bodyHash;
        this.referralId = referralId;
        this.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    /** A key is 1 to 200 visible ASCII characters (a UUID is the usual choice). */
    public static String check(String key) {
        if (key == null || key.isEmpty() || key.length() > KEY_LENGTH || !key.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new RuleViolation("Idempotency-Key", "Idempotency-Key must be 1 to " + KEY_LENGTH
                    + " visible ASCII characters, such as a UUID");
        }
        return key;
    }

    /** The referral this key produced, if the body is the same; refuses a reuse of the key for another body. */
    public UUID replay(String otherBodyHash) {
        if (!bodyHash.equals(otherBodyHash)) {
            throw new RuleViolation("Idempotency-Key", "This Idempotency-Key was already used with a different body: "
                    + "use a new key for a new referral");
        }
        return referralId;
    }

    public UUID referralId() {
        return referralId;
    }
}
