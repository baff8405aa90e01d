package org.cthub.integration.access;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What the hub's own access tokens say and how long they live. Issuing and verifying read the same
 * settings, so a token is always checked against what the hub issued. Lifetimes are kept short (at most an
 * hour) because a revoked client's tokens stay valid until they expire.
 */
@ApplicationScoped
public class HubTokenSettings {

    static final long MAX_LIFETIME_SECONDS = 3600;

    @Inject
    @ConfigProperty(name = "hub.jwt.issuer", defaultValue = "urn:cthub:hub")
    String issuer;

    @Inject
    @ConfigProperty(name = "hub.jwt.audience", defaultValue = "cthub")
    String audience;

    @Inject
    @ConfigProperty(name = "hub.jwt.lifetime-seconds", defaultValue = "300")
    long lifetimeSeconds;

    public HubTokenSettings() {
    }

    public HubTokenSettings(String issuer, String audience, long lifetimeSeconds) {
        this.issuer = issuer;
        this.audience = audience;
        this.lifetimeSeconds = lifetimeSeconds;
        check();
    }

    @PostConstruct
    void check() {
        if (lifetimeSeconds < 1 || lifetimeSeconds > MAX_LIFETIME_SECONDS) {
            throw new IllegalStateException("hub.jwt.lifetime-seconds (HUB_JWT_LIFETIME_SECONDS) must be between 1 and " + MAX_LIFETIME_SECONDS);
        }
        if (issuer.isBlank() || audience.isBlank()) {
            throw new IllegalStateException("hub.jwt.issuer and hub.jwt.audience must not be blank");
        }
    }

    public String issuer() {
        return issuer;
    }

    public String audience() {
        return audience;
    }

    public long lifetimeSeconds() {
        return lifetimeSeconds;
    }
}
