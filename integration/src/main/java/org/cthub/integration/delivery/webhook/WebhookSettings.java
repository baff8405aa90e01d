package org.cthub.integration.delivery.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How the hub calls webhooks, from configuration ({@code hub.webhook.*}). */
@ApplicationScoped
public class WebhookSettings {

    @Inject
    @ConfigProperty(name = "hub.webhook.connect-timeout-ms", defaultValue = "5000")
    long connectTimeoutMs;

    @Inject
    @ConfigProperty(name = "hub.webhook.request-timeout-ms", defaultValue = "15000")
    long requestTimeoutMs;

    @Inject
    @ConfigProperty(name = "hub.webhook.trusted-certificates-file")
    Optional<String> trustedCertificatesFile;

    public Duration connectTimeout() {
        return Duration.ofMillis(Math.max(1, connectTimeoutMs));
    }

    public Duration requestTimeout() {
        return Duration.ofMillis(Math.max(1, requestTimeoutMs));
    }

    /** A PEM file of certificates trusted for webhook calls besides the JVM's own authorities; sandboxes only. */
    public Optional<Path> trustedCertificates() {
        return trustedCertificatesFile.filter(f -> !f.isBlank()).map(Path::of);
    }
}
