package org.cthub.integration.sandbox;

import java.util.UUID;
import org.cthub.integration.access.NewCredentials;

/**
 * Sandbox credentials right after they were made: a partner client of the caller's sandbox twin ({@code twinCreated}
 * on the first request). The secret is in {@code credentials} only, which hides it from {@code toString}.
 */
public record SandboxCredentials(NewCredentials credentials, UUID sandboxOrganisation, String sandboxOrganisationName,
        UUID partnerSystem, UUID realOrganisation, boolean twinCreated) {
}
