package org.cthub.integration.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.cthub.integration.delivery.format.MappedXml;
import org.cthub.persistence.partner.PartnerSystem;

/**
 * Renders a message in the recipient system's format: canonical JSON, or XML through the system's own
 * mapping when its formats prefer XML and it has one (see {@link PartnerSystem#prefersMappedXml()}). The
 * XML is made from the canonical JSON, so both carry the same reading of the referral.
 */
@ApplicationScoped
public class RenderingPayload {

    @Inject
    CanonicalPayload canonical;

    public Payload render(PartnerSystem system, InboxMessage message) {
        byte[] json = canonical.render(message);
        if (system.prefersMappedXml()) {
            return new Payload(MappedXml.render(system.xmlMapping(), json), Payload.XML, "xml");
        }
        return new Payload(json, Payload.JSON, "json");
    }
}
