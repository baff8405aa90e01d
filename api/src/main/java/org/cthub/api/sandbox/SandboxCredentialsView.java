package org.cthub.api.sandbox;

import java.util.Set;
import java.util.UUID;
import org.cthub.integration.sandbox.SandboxCredentials;
import org.cthub.persistence.partner.EchoPartner;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Sandbox credentials as returned once: store the secret now. */
@Schema(name = "SandboxCredentials", description = "A partner client of your organisation's sandbox twin; the secret is shown only this once",
        example = """
        {
          "clientId": "cthub-5b8e1d7a02",
          "clientSecret": "cs_9Rt2Lw6Qm1Xz8Kp4Vb7Nc3Hs5Jd0Fg2Ay",
          "roles": [
            "partner"
          ],
          "organisationId": "6a1f0c9e-3b2d-4e8f-9a7c-5d4e3f2a1b0c",
          "organisationName": "La Strada Moldova (sandbox)",
          "partnerSystemId": "2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f",
          "sandboxOf": "3f6c1d2e-7a8b-4c9d-8e0f-1a2b3c4d5e6f",
          "echoPartnerId": "10000000-0000-4000-8000-0000000000ec"
        }
        """)
public record SandboxCredentialsView(
        @Schema(description = "Exchange it with the secret at POST /oauth2/token", example = "q1kC8b3vT0mX2e7YwZr5Ag") String clientId,
        @Schema(description = "Shown only in this response", example = "hV0y6m8Qz3r1KcPq2xWn9aTbLd4sUe7fGj5oRi0NwYk") String clientSecret,
        @Schema(description = "Always partner") Set<String> roles,
        @Schema(description = "Your sandbox organisation (your organisation's twin, made on the first request)") UUID organisationId,
        @Schema(example = "Shelter Bari (sandbox)") String organisationName,
        @Schema(description = "The sandbox organisation's pull-inbox system the client is registered for") UUID partnerSystemId,
        @Schema(description = "Your real organisation, which the sandbox twin was made for") UUID sandboxOf,
        @Schema(description = "The built-in echo partner: refer to it, and it accepts", example = "10000000-0000-4000-8000-0000000000ec") UUID echoPartnerId) {

    static SandboxCredentialsView of(SandboxCredentials issued) {
        return new SandboxCredentialsView(issued.credentials().clientId(), issued.credentials().clientSecret(),
                issued.credentials().roles(), issued.sandboxOrganisation(), issued.sandboxOrganisationName(), issued.partnerSystem(),
                issued.realOrganisation(), EchoPartner.ORGANISATION);
    }

    @Override
    public String toString() {
        return "SandboxCredentialsView[clientId=" + clientId + ", clientSecret=<redacted>, organisationId=" + organisationId + "]";
    }
}
