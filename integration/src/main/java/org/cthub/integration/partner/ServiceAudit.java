package org.cthub.integration.partner;

import org.cthub.persistence.partner.ServiceOffering;
import org.cthub.persistence.support.Codes;

/** What the audit log says about a service offering. */
final class ServiceAudit {

    private ServiceAudit() {
    }

    static String describe(ServiceOffering offering) {
        return "organisation=" + offering.organisationId() + "; assistanceType=" + Codes.of(offering.assistanceType())
                + "; country=" + offering.country() + "; place=" + offering.place()
                + "; capacity=" + (offering.capacity() == null ? "unknown" : offering.capacity());
    }
}
