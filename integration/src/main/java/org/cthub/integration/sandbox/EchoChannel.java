package org.cthub.integration.sandbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.ProducerTemplate;
import org.cthub.integration.delivery.ClaimedDelivery;
import org.cthub.integration.delivery.DeliveryChannel;
import org.cthub.integration.delivery.HandOver;
import org.cthub.integration.support.CamelBootstrap;
import org.cthub.persistence.partner.Channel;

/**
 * The echo partner's channel: handing over a message means giving it to the {@value SandboxEchoRoutes#ROUTE_ID}
 * route in this node, which answers it. Nothing leaves the hub. Claimed, leased, retried and dead-lettered like
 * every delivery, so a node that dies mid-answer loses nothing: the echo's answer is idempotent.
 */
@ApplicationScoped
public class EchoChannel implements DeliveryChannel {

    private static final Logger LOG = Logger.getLogger(EchoChannel.class.getName());

    @Inject
    CamelBootstrap camel;

    private volatile ProducerTemplate producer;

    @Override
    public Channel kind() {
        return Channel.ECHO;
    }

    @Override
    public HandOver handOver(ClaimedDelivery delivery) {
        try {
            producer().sendBody(SandboxEchoRoutes.ENDPOINT, delivery);
            return HandOver.delivered();
        } catch (CamelExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            LOG.log(Level.WARNING, "Echo partner could not answer message {0}: {1}",
                    new Object[] {delivery.messageId(), cause.getClass().getName()});
            return HandOver.failed("Echo partner: " + cause.getClass().getSimpleName());
        }
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
}
