package org.cthub.integration.partner;

import org.cthub.persistence.support.NotPermitted;
import org.cthub.persistence.partner.EchoPartner;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.cthub.integration.audit.AuditTrail;
import org.cthub.persistence.partner.Organisation;
import org.cthub.persistence.partner.OrganisationStatus;
import org.cthub.persistence.partner.Organisations;
import org.cthub.persistence.partner.PartnerSystem;
import org.cthub.persistence.partner.PartnerSystems;
import org.cthub.persistence.partner.WebhookUrlPolicy;
import org.cthub.persistence.support.Codes;
import org.cthub.persistence.support.ConflictingState;

/**
 * A partner (or the hub operator for it) connects one of its systems. A webhook system gets a signing
 * secret that the caller sees in this one response only.
 */
@ApplicationScoped
public class AddingPartnerSystem {

    @Inject
    Organisations organisations;

    @Inject
    PartnerSystems systems;

    @Inject
    WebhookUrlPolicy webhookUrls;

    @Inject
    AuditTrail audit;

    @Transactional
    public PartnerSystem add(String actor, UUID organisationId, PartnerSystemDetails details) {
        Organisation organisation = organisations.get(organisationId);
        if (organisationId.equals(EchoPartner.ORGANISATION)) {
            throw new NotPermitted("The echo partner is built into the hub: its deliveries never leave it, so it takes no systems");
        }
        if (organisation.status() == OrganisationStatus.SUSPENDED) {
            throw new ConflictingState("The organisation is suspended: it can connect systems again once reactivated");
        }
        PartnerSystem system = switch (details.channelKind()) {
            case WEBHOOK -> PartnerSystem.webhook(organisationId, details.name(), details.formats(),
                    webhookUrls.check(details.webhookUrl()));
            case SFTP -> PartnerSystem.sftp(organisationId, details.name(), details.formats(), details.sftpLocation());
            case PULL_INBOX -> PartnerSystem.pullInbox(organisationId, details.name(), details.formats());
            case ECHO -> throw new IllegalStateException("PartnerSystemDetails refuses the echo channel");
        };
        system.mapXml(details.mapping());
        system.changeStatus(details.systemStatus(system.status()));
        systems.add(system);
        audit.record(actor, "partner-system.added", AuditTargets.PARTNER_SYSTEM, system.id(),
                "organisation=" + organisationId + "; " + PartnerSystemAudit.describe(system));
        return system;
    }
}
