package org.cthub.integration.partner;

import org.cthub.persistence.partner.PartnerSystem;
import org.cthub.persistence.support.Codes;

/** What the audit log says about a partner system: everything but the signing secret. */
final class PartnerSystemAudit {

    private PartnerSystemAudit() {
    }

    static String describe(PartnerSystem system) {
        String target = switch (system.channel()) {
            case WEBHOOK -> "; url=" + system.webhookUrl();
            case SFTP -> "; sftp=" + system.sftp();
            case PULL_INBOX, ECHO -> "";
        };
        return "name=" + system.name() + "; channel=" + Codes.of(system.channel()) + target
                + "; formats=" + String.join(",", system.formats())
                + (system.xmlMapping() == null ? "" : "; xmlMapping=" + system.xmlMapping())
                + "; status=" + Codes.of(system.status());
    }
}
