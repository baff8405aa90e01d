package org.cthub.persistence.referral;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * A person's thread across referrals, known by a pseudonym the hub generates. When the referring
 * organisation gives its own case reference, only a keyed hash of (organisation, reference) is kept, so the
 * same reference finds the same case again while the reference itself is never stored.
 */
@Entity(name = "ReferralCase")
@Table(name = "referral_case")
public class Case {

    @Id
    private UUID id;

    @Column(nullable = false, unique = true, length = 20)
    private String pseudonym;

    @Column(name = "opened_by", nullable = false)
    private UUID openedBy;

    /** {@code keyId:hex} of HMAC(organisation, own reference); null when the sender gave no reference. */
    @Column(name = "reference_hash", length = 100)
    private String referenceHash;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    protected Case() {
    }

    public Case(UUID openedBy, String referenceHash) {
        this.id = UUID.randomUUID();
        this.pseudonym = CasePseudonym.generate();
        this.openedBy = openedBy;
        this.referenceHash = referenceHash;
        this.openedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    /** What the keyed hash is taken over: the organisation binds the reference, so two senders never collide. */
    public static String referenceKey(UUID organisation, String ownReference) {
        return organisation + "\n" + ownReference.trim();
    }

    public UUID id() {
        return id;
    }

    public String pseudonym() {
        return pseudonym;
    }

    public UUID openedBy() {
        return openedBy;
    }

    public String referenceHash() {
        return referenceHash;
    }

    public Instant openedAt() {
        return openedAt;
    }
}
