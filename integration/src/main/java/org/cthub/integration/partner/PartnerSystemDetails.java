package org.cthub.integration.partner;

import java.util.List;
import org.cthub.persistence.partner.Channel;
import org.cthub.persistence.partner.SftpLocation;
import org.cthub.persistence.partner.SystemStatus;
import org.cthub.persistence.support.Codes;

/** A partner system as a caller describes it; only the fields of its channel are read. */
public record PartnerSystemDetails(String name, String channel, List<String> formats, String webhookUrl,
        String sftpHost, Integer sftpPort, String sftpPath, String sftpUsername, String status) {

    Channel channelKind() {
        return Codes.parse(Channel.class, channel, "channel");
    }

    SftpLocation sftpLocation() {
        return new SftpLocation(sftpHost, sftpPort, sftpPath, sftpUsername);
    }

    SystemStatus systemStatus(SystemStatus current) {
        return status == null ? current : Codes.parse(SystemStatus.class, status, "status");
    }
}
