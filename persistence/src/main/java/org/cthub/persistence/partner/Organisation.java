package org.cthub.persistence.partner;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import java.util.Optional;
import java.util.UUID;
import org.cthub.persistence.support.Codes;
import org.cthub.persistence.support.ConflictingState;
import org.cthub.persistence.support.RuleViolation;

/** A partner: a government body, an NGO, an international organisation or a working group secretariat. */
@Entity
@Table(name = "organisation")
public class Organisation {

    static final int NAME_LENGTH = 200;
    static final String SANDBOX_SUFFIX = " (sandbox)";

    @Id
    private UUID id;

    @Column(nullable = false, length = NAME_LENGTH)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private OrganisationType type;

    @Column(nullable = false, length = 2)
    private CountryCode country;

    @Embedded
    private Contact contact;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private OrganisationStatus status;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    /** Fixed for good at creation: which side of the sandbox boundary the organisation is on. */
    @Column(nullable = false, updatable = false)
    private boolean sandbox;

    /** The real organisation a sandbox twin was made for; null otherwise (and for the echo partner). */
    @Column(name = "sandbox_of", updatable = false)
    private UUID sandboxOf;

    @Version
    private Long version;

    protected Organisation() {
    }

    /**
     * The sandbox twin of a real partner: same type, country and contact, named after it, active at once (there is
     * nothing for the hub operator to check), kept apart from every real organisation for good.
     */
    public static Organisation sandboxTwinOf(Organisation real) {
        if (real.sandbox) {
            throw new RuleViolation(null, "A sandbox organisation has no sandbox twin of its own");
        }
        String base = real.name.length() > NAME_LENGTH - SANDBOX_SUFFIX.length()
                ? real.name.substring(0, NAME_LENGTH - SANDBOX_SUFFIX.length()).trim() : real.name;
        Organisation twin = new Organisation(base + SANDBOX_SUFFIX, real.type, real.country, real.contact);
        twin.sandbox = true;
        twin.sandboxOf = real.id;
        twin.status = OrganisationStatus.ACTIVE;
        return twin;
    }

    /** A newly registered organisation waits, pending, until the hub operator activates it. */
    public Organisation(String name, OrganisationType type, CountryCode country, Contact contact) {
        this.id = UUID.randomUUID();
        this.status = OrganisationStatus.PENDING;
        this.registeredAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        describe(name, type, country, contact);
    }

    /** Replaces the descriptive fields and returns the names of those that changed. */
    public List<String> describe(String name, OrganisationType type, CountryCode country, Contact contact) {
        if (name == null || name.isBlank() || name.trim().length() > NAME_LENGTH) {
            throw new RuleViolation("name", "name is required, at most " + NAME_LENGTH + " characters");
        }
        List<String> changed = new ArrayList<>();
        if (!name.trim().equals(this.name)) {
            changed.add("name");
        }
        if (type != this.type) {
            changed.add("type");
        }
        if (!Objects.equals(country, this.country)) {
            changed.add("country");
        }
        if (this.contact == null || !sameContact(contact)) {
            changed.add("contact");
        }
        this.name = name.trim();
        this.type = Objects.requireNonNull(type);
        this.country = Objects.requireNonNull(country);
        this.contact = Objects.requireNonNull(contact);
        return changed;
    }

    /** Moves along pending → active ↔ suspended; any other move is refused. Returns true if it moved. */
    public boolean changeStatus(OrganisationStatus target) {
        if (target == status) {
            return false;
        }
        if (!status.canBecome(target)) {
            throw new ConflictingState("An organisation cannot go from " + Codes.of(status) + " to " + Codes.of(target)
                    + ": pending organisations can only be activated, active ones suspended, suspended ones reactivated");
        }
        status = target;
        return true;
    }

    private boolean sameContact(Contact other) {
        return Objects.equals(contact.email(), other.email()) && Objects.equals(contact.phone(), other.phone())
                && Objects.equals(contact.address(), other.address());
    }

    public boolean isActive() {
        return status == OrganisationStatus.ACTIVE;
    }

    /** True for sandbox organisations (partners' twins and the echo partner), whose data never meets real partners'. */
    public boolean isSandbox() {
        return sandbox;
    }

    /** True when both are on the same side of the sandbox boundary: only such organisations exchange anything. */
    public boolean sameSideAs(Organisation other) {
        return sandbox == other.sandbox;
    }

    public Optional<UUID> sandboxOf() {
        return Optional.ofNullable(sandboxOf);
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public OrganisationType type() {
        return type;
    }

    public CountryCode country() {
        return country;
    }

    public Contact contact() {
        return contact;
    }

    public OrganisationStatus status() {
        return status;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public long version() {
        return version == null ? 0 : version;
    }
}
