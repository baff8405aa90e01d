package org.cthub.persistence.access;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.cthub.persistence.support.ConflictingState;
import org.cthub.persistence.support.RuleViolation;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A client that may exchange its credentials for bearer tokens. It holds only a hash of its secret. A
 * hub-admin client acts for no organisation and holds no other role (an operator must never also look like
 * a partner); every other client acts for exactly one partner system of one organisation. Revocation is
 * final.
 */
@Entity
@Table(name = "api_client")
public class ApiClient {

    @Id
    @Column(name = "client_id", length = ClientId.MAX_LENGTH)
    private String clientId;

    @Column(name = "secret_hash", nullable = false, length = 255)
    private String secretHash;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "api_client_role", joinColumns = @JoinColumn(name = "client_id"))
    @Column(name = "role", nullable = false, length = 30)
    private Set<String> roles = new HashSet<>();

    @Column(name = "organisation_id", updatable = false)
    private UUID organisationId;

    @Column(name = "partner_system_id", updatable = false)
    private UUID partnerSystemId;

    // VARCHAR, not a native enum type: the migration is portable SQL for H2 and PostgreSQL.
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 10)
    private ClientStatus status;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "secret_rotated_at", nullable = false)
    private Instant secretRotatedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Version
    @Column(nullable = false)
    private long version;

    protected ApiClient() {
    }

    private ApiClient(ClientId id, Set<ClientRole> roles, UUID organisationId, UUID partnerSystemId,
            String secretHash, Instant now) {
        this.clientId = id.value();
        this.roles = new HashSet<>(roles.stream().map(ClientRole::tokenName).toList());
        this.organisationId = organisationId;
        this.partnerSystemId = partnerSystemId;
        this.secretHash = requireHash(secretHash);
        this.status = ClientStatus.ACTIVE;
        this.createdAt = now.truncatedTo(ChronoUnit.MICROS);
        this.secretRotatedAt = createdAt;
    }

    /** A client for one partner system, with roles other than hub-admin. */
    public static ApiClient forPartnerSystem(UUID organisationId, UUID partnerSystemId, Set<String> roleNames,
            String secretHash, Instant now) {
        Objects.requireNonNull(organisationId, "organisationId");
        Objects.requireNonNull(partnerSystemId, "partnerSystemId");
        Set<ClientRole> roles = ClientRoles.parse(roleNames);
        if (roles.contains(ClientRole.HUB_ADMIN)) {
            throw new RuleViolation("roles", "A partner system's client cannot be a hub-admin: register hub-admin clients without an organisation (POST /clients)");
        }
        return new ApiClient(ClientId.random(), roles, organisationId, partnerSystemId, secretHash, now);
    }

    /** A hub-admin client: no organisation, no other role. */
    public static ApiClient hubAdmin(ClientId id, Set<String> roleNames, String secretHash, Instant now) {
        Set<ClientRole> roles = ClientRoles.parse(roleNames);
        if (!roles.equals(Set.of(ClientRole.HUB_ADMIN))) {
            throw new RuleViolation("roles", "A client without an organisation holds exactly the role hub-admin; register other roles for a partner system (POST /organisations/{organisationId}/systems/{systemId}/clients)");
        }
        return new ApiClient(id, roles, null, null, secretHash, now);
    }

    /** Replaces the secret's hash: the old secret stops working at once. */
    public void rotateSecret(String newSecretHash, Instant now) {
        requireActive("rotate the secret of");
        secretHash = requireHash(newSecretHash);
        secretRotatedAt = now.truncatedTo(ChronoUnit.MICROS);
    }

    /** Stops the client from obtaining tokens, for good. */
    public void revoke(Instant now) {
        requireActive("revoke");
        status = ClientStatus.REVOKED;
        revokedAt = now.truncatedTo(ChronoUnit.MICROS);
    }

    public boolean isActive() {
        return status == ClientStatus.ACTIVE;
    }

    public boolean isHubAdmin() {
        return roles.contains(ClientRole.HUB_ADMIN.tokenName());
    }

    private void requireActive(String action) {
        if (!isActive()) {
            throw new ConflictingState("Client " + clientId + " is revoked: you cannot " + action + " it; register a new client instead");
        }
    }

    private static String requireHash(String hash) {
        if (hash == null || hash.isBlank()) {
            throw new IllegalArgumentException("A client needs its secret's hash");
        }
        return hash;
    }

    public String clientId() {
        return clientId;
    }

    /** The secret's encoded hash, for verification only; never send or log it. */
    public String secretHash() {
        return secretHash;
    }

    public Set<String> roles() {
        return Collections.unmodifiableSet(new TreeSet<>(roles));
    }

    public UUID organisationId() {
        return organisationId;
    }

    public UUID partnerSystemId() {
        return partnerSystemId;
    }

    public ClientStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant secretRotatedAt() {
        return secretRotatedAt;
    }

    public Instant revokedAt() {
        return revokedAt;
    }

    public long version() {
        return version;
    }
}
