package org.cthub.persistence.partner;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A country the network works in. Its roles are {@link CountryRole} rows, dated. It may have a focal point:
 * the organisation that coordinates counter-trafficking there (national coordinator or referral mechanism),
 * which gets rapid-response referrals and the escalations of unanswered ones.
 */
@Entity
@Table(name = "country")
public class Country {

    @Id
    @Column(length = 2)
    private String code;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "focal_point_id")
    private UUID focalPoint;

    protected Country() {
    }

    public Country(CountryCode code) {
        this.code = code.value();
        this.name = code.displayName();
    }

    public CountryCode code() {
        return CountryCode.stored(code);
    }

    public String name() {
        return name;
    }

    /** Makes the organisation the focal point; false when it already was. */
    public boolean appointFocalPoint(UUID organisation) {
        if (Objects.requireNonNull(organisation).equals(focalPoint)) {
            return false;
        }
        focalPoint = organisation;
        return true;
    }

    /** The country no longer has a focal point; false when it had none. */
    public boolean removeFocalPoint() {
        boolean had = focalPoint != null;
        focalPoint = null;
        return had;
    }

    public Optional<UUID> focalPoint() {
        return Optional.ofNullable(focalPoint);
    }
}
