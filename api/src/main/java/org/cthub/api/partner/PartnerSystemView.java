package org.cthub.api.partner;

import java.util.List;
import java.util.UUID;
import org.cthub.persistence.partner.Channel;
import org.cthub.persistence.partner.PartnerSystem;
import org.cthub.persistence.support.Codes;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A partner system as its owner sees it. The signing secret appears only when it was just created. */
@Schema(name = "PartnerSystem", example = """
        {
          "id": "0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0",
          "organisationId": "3f6c1d2e-7a8b-4c9d-8e0f-1a2b3c4d5e6f",
          "name": "La Strada case management",
          "channel": "webhook",
          "formats": [
            "application/json"
          ],
          "webhook": {
            "url": "https://cases.lastrada-moldova.example.org/hooks/cthub"
          },
          "status": "active",
          "createdAt": "2026-01-12T09:30:00Z",
          "version": 1,
          "signingSecret": "whsec_K3vQ8mZp2LwX9rT4yN6bJ1cF5hD7gS0a"
        }
        """)
public record PartnerSystemView(UUID id, UUID organisationId, String name,
        @Schema(enumeration = {"webhook", "sftp", "pull-inbox"}) String channel,
        List<String> formats, PartnerSystemRequest.Webhook webhook, PartnerSystemRequest.Sftp sftp,
        @Schema(description = "Absent when the system takes canonical JSON only") XmlMappingBody xmlMapping,
        @Schema(description = "SFTP systems only: the public key the hub logs in with, one authorized_keys line for the "
                + "partner's SFTP account. Not secret.", example = "ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAA... cthub-delivery")
        String hubSshPublicKey,
        @Schema(enumeration = {"active", "disabled"}) String status, @Schema(format = "date-time") String createdAt, long version,
        @Schema(description = "Only in the response that created or rotated it: store it now, the hub never shows it "
                + "again. Verify deliveries with it as Standard Webhooks describes (webhook-signature header).")
        String signingSecret) {

    static PartnerSystemView of(PartnerSystem s, String hubSshPublicKey) {
        return of(s, hubSshPublicKey, null);
    }

    /** With the secret in clear: only for the 201 of a webhook system and the answer to a rotation. */
    static PartnerSystemView revealing(PartnerSystem s, String hubSshPublicKey) {
        return of(s, hubSshPublicKey, s.signingSecret());
    }

    private static PartnerSystemView of(PartnerSystem s, String hubSshPublicKey, String secret) {
        return new PartnerSystemView(s.id(), s.organisationId(), s.name(), Codes.of(s.channel()), s.formats(),
                s.webhookUrl() == null ? null : new PartnerSystemRequest.Webhook(s.webhookUrl()),
                s.sftp() == null ? null : new PartnerSystemRequest.Sftp(s.sftp().host(), s.sftp().port(), s.sftp().path(), s.sftp().username()),
                XmlMappingBody.of(s.xmlMapping()), s.channel() == Channel.SFTP ? hubSshPublicKey : null,
                Codes.of(s.status()), s.createdAt().toString(), s.version(), secret);
    }
}
