package org.cthub.api.partner;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.cthub.integration.partner.PartnerSystemDetails;
import org.cthub.persistence.partner.XmlMapping;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How a partner system wants messages as XML; see the description for the rules. */
@Schema(name = "XmlMapping", description = "Renders each message for this system as XML instead of canonical JSON, when the "
        + "system's formats list application/xml (or text/xml) before application/json. Each field takes the value at a "
        + "JSON Pointer (RFC 6901) into the canonical message (the InboxMessage document: /messageId, /payload/caseId, "
        + "/payload/person/firstName, ...) and writes it to an element path under the root ('Person/FirstName'), or to an "
        + "attribute when the last step starts with '@' ('@urgency', 'Person/@gender'). Elements and attributes are "
        + "unprefixed, in the namespace given. A pointer that finds nothing or null writes nothing; an array of values "
        + "repeats its element per item (or joins the items with spaces in an attribute); an object writes nothing. "
        + "Canonical fields no pointer names are dropped. Refused with 422: a pointer that is not RFC 6901 syntax, a name "
        + "that is not an XML name (letters, digits, '.', '_', '-'; not starting with 'xml'), a target used twice, an "
        + "element used both for a value and as a parent. A complete example: GET /docs/formats/referral-v1.mapping.json, "
        + "which renders documents valid against GET /docs/formats/referral-v1.xsd (both public).",
        example = "{\"rootElement\": \"Referral\", \"namespace\": \"urn:example:ngo:referral:1\", \"fields\": ["
                + "{\"from\": \"/messageId\", \"to\": \"@messageId\"}, {\"from\": \"/payload/caseId\", \"to\": \"CaseNumber\"}, "
                + "{\"from\": \"/payload/assistanceTypes\", \"to\": \"Assistance/Type\"}, "
                + "{\"from\": \"/payload/person/firstName\", \"to\": \"Person/FirstName\"}]}")
public record XmlMappingBody(
        @Schema(example = "Referral") @NotBlank @Size(max = 100) String rootElement,
        @Schema(example = "urn:example:ngo:referral:1", description = "An absolute URI; absent for no namespace") @Size(max = 500) String namespace,
        @NotEmpty @Size(max = 200) List<@NotNull @Valid FieldBody> fields) {

    /** One value: where in the canonical JSON, where in the XML. */
    @Schema(name = "XmlMappingField")
    public record FieldBody(
            @Schema(example = "/payload/caseId", description = "JSON Pointer (RFC 6901) into the canonical message") @NotBlank @Size(max = 500) String from,
            @Schema(example = "CaseNumber", description = "Element path under the root, '/'-separated; a last step '@name' is an attribute") @NotBlank @Size(max = 900) String to) {
    }

    PartnerSystemDetails.Xml details() {
        return new PartnerSystemDetails.Xml(rootElement, namespace,
                fields.stream().map(f -> new XmlMapping.Field(f.from(), f.to())).toList());
    }

    static XmlMappingBody of(XmlMapping mapping) {
        return mapping == null ? null : new XmlMappingBody(mapping.rootElement(), mapping.namespace(),
                mapping.fields().stream().map(f -> new FieldBody(f.from(), f.to())).toList());
    }
}
