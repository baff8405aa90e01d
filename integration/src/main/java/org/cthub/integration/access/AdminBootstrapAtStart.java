package org.cthub.integration.access;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.io.PrintStream;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs {@link BootstrappingAdmin} once the schema is migrated (a later priority than SchemaMigration's).
 * A generated admin's secret goes to standard output in a banner, once: the only place the hub ever prints
 * a secret, and the only way an operator gets the first credentials without configuring them.
 */
@ApplicationScoped
public class AdminBootstrapAtStart {

    @Inject
    BootstrappingAdmin bootstrapping;

    @Inject
    @ConfigProperty(name = "hub.admin.client-id")
    Optional<String> configuredId;

    @Inject
    @ConfigProperty(name = "hub.admin.client-secret")
    Optional<String> configuredSecret;

    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION) @Initialized(ApplicationScoped.class) Object ignored) {
        Optional<String> id = configuredId.filter(value -> !value.isBlank());
        Optional<String> secret = configuredSecret.filter(value -> !value.isBlank());
        if (id.isPresent() != secret.isPresent()) {
            throw new IllegalStateException("Set both hub.admin.client-id and hub.admin.client-secret"
                    + " (HUB_ADMIN_CLIENT_ID, HUB_ADMIN_CLIENT_SECRET), or neither");
        }
        if (id.isPresent()) {
            bootstrapping.ensureConfigured(id.get(), secret.get());
        } else {
            bootstrapping.generateIfNone().ifPresent(credentials -> printBanner(credentials, System.out));
        }
    }

    static void printBanner(NewCredentials credentials, PrintStream out) {
        String rule = "=".repeat(78);
        out.println(rule + "\n"
                + "  CT Hub: a first hub-admin client was generated.\n"
                + "  Store these credentials in your secret store NOW: they will NOT be shown again.\n\n"
                + "    client_id:     " + credentials.clientId() + "\n"
                + "    client_secret: " + credentials.clientSecret() + "\n\n"
                + "  Get a token: POST /oauth2/token (grant_type=client_credentials, HTTP Basic).\n"
                + "  Or set HUB_ADMIN_CLIENT_ID and HUB_ADMIN_CLIENT_SECRET to manage the admin yourself.\n"
                + rule);
    }
}
