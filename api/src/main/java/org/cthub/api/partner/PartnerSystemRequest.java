package org.cthub.api.partner;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.cthub.integration.partner.PartnerSystemDetails;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A partner system to connect, or its new state. Give the block that matches the channel. */
@Schema(name = "PartnerSystemRequest", example = """
        {
          "name": "La Strada case management",
          "channel": "webhook",
          "formats": [
            "application/json"
          ],
          "webhook": {
            "url": "https://cases.lastrada-moldova.example.org/hooks/cthub"
          },
          "status": "active"
        }
        """)
public record PartnerSystemRequest(
        @Schema(example = "Case management") @NotBlank @Size(max = 200) String name,
        @Schema(enumeration = {"webhook", "sftp", "pull-inbox"}, description = "Fixed once created", example = "webhook") @NotBlank String channel,
        @Schema(example = "[\"application/json\"]", description = "Media types the system accepts, preferred first")
        @NotEmpty @Size(max = 10) List<@NotBlank @Size(max = 129) String> formats,
        @Valid Webhook webhook,
        @Valid Sftp sftp,
        @Schema(enumeration = {"active", "disabled"}, description = "Defaults to active") String status,
        @Schema(description = "Optional, any channel: renders messages as XML for this system when its formats prefer "
                + "application/xml. On update, the mapping given replaces the stored one; leaving it out removes it.")
        @Valid XmlMappingBody xmlMapping) {

    /** Where the hub posts: a public https URL. */
    @Schema(name = "WebhookTarget")
    public record Webhook(@Schema(example = "https://partner.example.org/hooks/cthub") @NotBlank @Size(max = 2000) String url) {
    }

    /** Where the hub drops files. */
    @Schema(name = "SftpTarget")
    public record Sftp(@Schema(example = "sftp.partner.example.org") @NotBlank @Size(max = 253) String host,
            @Schema(description = "Defaults to 22") @Min(1) @Max(65535) Integer port,
            @Schema(example = "/incoming/cthub") @NotBlank @Size(max = 500) String path,
            @Schema(example = "cthub") @NotBlank @Size(max = 64) String username) {
    }

    PartnerSystemDetails details() {
        return new PartnerSystemDetails(name, channel, formats, webhook == null ? null : webhook.url(),
                sftp == null ? null : sftp.host(), sftp == null ? null : sftp.port(),
                sftp == null ? null : sftp.path(), sftp == null ? null : sftp.username(), status,
                xmlMapping == null ? null : xmlMapping.details());
    }
}
