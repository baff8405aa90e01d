package org.cthub.integration.delivery.sftp;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.cthub.integration.delivery.ClaimedDelivery;
import org.cthub.integration.delivery.DeliveryChannel;
import org.cthub.integration.delivery.HandOver;
import org.cthub.integration.delivery.PreparingHandOver;
import org.cthub.integration.support.CamelBootstrap;
import org.cthub.persistence.partner.Channel;

/**
 * Drops a message as a file into the partner's SFTP directory through Camel's sftp component: written under
 * a temporary name and renamed when complete, so a partner never picks up half a file, and named after the
 * message id, so a retry overwrites the same file (at-least-once with a stable id: the partner drops a
 * file it has already processed). The hub logs in with its own key and checks the server's host key
 * strictly against the known_hosts file: an unknown or changed key fails the attempt, which is retried
 * with backoff and dead-lettered after the limit, like any failed attempt. Logs name ids only.
 */
@ApplicationScoped
public class SftpChannel implements DeliveryChannel {

    private static final Logger LOG = Logger.getLogger(SftpChannel.class.getName());

    @Inject
    PreparingHandOver preparing;

    @Inject
    SftpEndpoints endpoints;

    @Inject
    CamelBootstrap camel;

    @Inject
    SftpSettings settings;

    private volatile ProducerTemplate producer;

    @Override
    public Channel kind() {
        return Channel.SFTP;
    }

    @Override
    public HandOver handOver(ClaimedDelivery delivery) {
        if (!Files.isReadable(settings.knownHostsFile())) {
            // checked before the referral is read: no personal data is read for a drop that cannot happen
            LOG.info(() -> "SFTP message " + delivery.messageId() + " held: no known_hosts file");
            return HandOver.failed("The hub has no known_hosts file (HUB_SFTP_KNOWN_HOSTS_FILE): add each SFTP partner's host key to it");
        }
        Optional<SftpUpload> prepared = preparing.prepare(delivery,
                (system, payload) -> new SftpUpload(system.id(), system.sftp(), delivery.messageId(), payload));
        if (prepared.isEmpty()) {
            LOG.info(() -> "SFTP message " + delivery.messageId() + " held: partner system disabled, or delivery cancelled");
            return HandOver.failed("The partner system is disabled: re-enable it, then replay the delivery if it was dead-lettered");
        }
        SftpUpload upload = prepared.get();
        try {
            producer().sendBodyAndHeader(endpoints.uri(upload.location()), upload.payload().body(),
                    Exchange.FILE_NAME, upload.fileName());
        } catch (CamelExecutionException e) {
            String reason = SftpFailure.reason(e);
            log(upload, reason);
            return HandOver.failed(reason);
        }
        log(upload, "written");
        return HandOver.delivered();
    }

    private ProducerTemplate producer() {
        if (producer == null) {
            synchronized (this) {
                if (producer == null) {
                    producer = camel.context().createProducerTemplate();
                }
            }
        }
        return producer;
    }

    private static void log(SftpUpload upload, String outcome) {
        LOG.log(Level.INFO, "SFTP message {0} to partner system {1}: {2}",
                new Object[] {upload.messageId(), upload.partnerSystemId(), outcome});
    }
}
