package org.cthub.persistence.partner;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.cthub.persistence.support.RuleViolation;

/**
 * One kind of assistance an organisation offers in one place, with its free capacity when known (a
 * shelter's free places). Capacity changes daily, so each change records when it was last confirmed.
 */
@Entity
@Table(name = "service_offering")
public class ServiceOffering {

    @Id
    private UUID id;

    @Column(name = "organisation_id", nullable = false)
    private UUID organisationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "assistance_type", nullable = false, length = 40)
    private AssistanceType assistanceType;

    @Column(nullable = false, length = 2)
    private CountryCode country;

    @Column(nullable = false, length = 200)
    private String place;

    /** Free places or slots; null when the organisation does not say. */
    @Column
    private Integer capacity;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private Long version;

    protected ServiceOffering() {
    }

    public ServiceOffering(UUID organisationId, AssistanceType type, CountryCode country, String place, Integer capacity) {
        this.id = UUID.randomUUID();
        this.organisationId = organisationId;
        describe(type, country, place, capacity);
    }

    /** Replaces what is offered where and how much; returns the names of the fields that changed. */
    public List<String> describe(AssistanceType type, CountryCode country, String place, Integer capacity) {
        if (place == null || place.isBlank() || place.trim().length() > 200) {
            throw new RuleViolation("place", "place is required (town or municipality), at most 200 characters");
        }
        if (capacity != null && capacity < 0) {
            throw new RuleViolation("capacity", "capacity must be 0 or more, or null when unknown");
        }
        List<String> changed = new ArrayList<>();
        if (type != assistanceType) {
            changed.add("assistanceType");
        }
        if (!Objects.equals(country, this.country)) {
            changed.add("country");
        }
        if (!place.trim().equals(this.place)) {
            changed.add("place");
        }
        if (!Objects.equals(capacity, this.capacity) || updatedAt == null) {
            changed.add("capacity");
        }
        this.assistanceType = Objects.requireNonNull(type);
        this.country = Objects.requireNonNull(country);
        this.place = place.trim();
        this.capacity = capacity;
        this.updatedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return changed;
    }

    public UUID id() {
        return id;
    }

    public UUID organisationId() {
        return organisationId;
    }

    public AssistanceType assistanceType() {
        return assistanceType;
    }

    public CountryCode country() {
        return country;
    }

    public String place() {
        return place;
    }

    public Integer capacity() {
        return capacity;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version == null ? 0 : version;
    }
}
