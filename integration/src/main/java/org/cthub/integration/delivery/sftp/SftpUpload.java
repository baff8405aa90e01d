package org.cthub.integration.delivery.sftp;

import java.util.UUID;
import org.cthub.integration.delivery.Payload;
import org.cthub.persistence.partner.SftpLocation;

/** One file to drop: on which server and directory, under which name, with which content. Never logged whole. */
public record SftpUpload(UUID partnerSystemId, SftpLocation location, UUID messageId, Payload payload) {

    /** The message id and the format's extension: a retry of the same message writes the same file. */
    public String fileName() {
        return messageId + "." + payload.extension();
    }

    @Override
    public String toString() {
        return "SftpUpload[partnerSystem=" + partnerSystemId + ", file=" + fileName() + "]";
    }
}
