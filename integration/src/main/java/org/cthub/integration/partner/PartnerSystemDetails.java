package org.cthub.integration.partner;

import org.cthub.persistence.support.RuleViolation;
import java.util.List;
import org.cthub.persistence.partner.Channel;
import org.cthub.persistence.partner.SftpLocation;
import org.cthub.persistence.partner.SystemStatus;
import org.cthub.persistence.partner.XmlMapping;
import org.cthub.persistence.support.Codes;

/**
 * A partner system as a caller describes it; only the fields of its channel are read. The XML mapping,
 * for any channel, replaces the stored one (absent: the system has none).
 */
public record PartnerSystemDetails(String name, String channel, List<String> formats, String webhookUrl,
        String sftpHost, Integer sftpPort, String sftpPath, String sftpUsername, String status, Xml xmlMapping) {

    /** An XML mapping as the caller gives it, checked when it becomes an {@link XmlMapping}. */
    public record Xml(String rootElement, String namespace, List<XmlMapping.Field> fields) {
    }

    Channel channelKind() {
        Channel kind = Codes.parse(Channel.class, channel, "channel");
        if (kind == Channel.ECHO) {
            // the echo channel is the hub's own, for its built-in sandbox partner only
            throw new RuleViolation("channel", "channel must be one of webhook, sftp, pull-inbox");
        }
        return kind;
    }

    SftpLocation sftpLocation() {
        return new SftpLocation(sftpHost, sftpPort, sftpPath, sftpUsername);
    }

    SystemStatus systemStatus(SystemStatus current) {
        return status == null ? current : Codes.parse(SystemStatus.class, status, "status");
    }

    XmlMapping mapping() {
        return xmlMapping == null ? null : new XmlMapping(xmlMapping.rootElement(), xmlMapping.namespace(), xmlMapping.fields());
    }
}
