package org.cthub.integration.partner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.cthub.integration.audit.AuditTrail;
import org.cthub.persistence.partner.PartnerSystem;
import org.cthub.persistence.partner.PartnerSystems;
import org.cthub.persistence.partner.WebhookUrlPolicy;
import org.cthub.persistence.support.ConcurrentChanges;
import org.cthub.persistence.support.VersionCheck;

/** A partner changes a system's name, formats, XML mapping, address or status; its channel stays what it was. */
@ApplicationScoped
public class UpdatingPartnerSystem {

    @Inject
    PartnerSystems systems;

    @Inject
    WebhookUrlPolicy webhookUrls;

    @Inject
    ConcurrentChanges changes;

    @Inject
    AuditTrail audit;

    @Transactional
    public PartnerSystem update(String actor, UUID organisationId, UUID systemId, long expectedVersion,
            PartnerSystemDetails details) {
        PartnerSystem system = systems.get(organisationId, systemId);
        VersionCheck.require(expectedVersion, system.version(), "Partner system", systemId);
        system.requireChannel(details.channelKind());
        String before = PartnerSystemAudit.describe(system);
        system.rename(details.name());
        system.acceptFormats(details.formats());
        switch (system.channel()) {
            case WEBHOOK -> system.moveWebhook(webhookUrls.check(details.webhookUrl()));
            case SFTP -> system.moveSftp(details.sftpLocation());
            case PULL_INBOX, ECHO -> { }
        }
        system.mapXml(details.mapping());
        system.changeStatus(details.systemStatus(system.status()));
        String after = PartnerSystemAudit.describe(system);
        if (!after.equals(before)) {
            changes.flush("Partner system", systemId);
            audit.record(actor, "partner-system.updated", AuditTargets.PARTNER_SYSTEM, systemId, after);
        }
        return system;
    }
}
