package org.cthub.integration.delivery.webhook;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.cthub.integration.delivery.ClaimedDelivery;
import org.cthub.integration.delivery.DeliveryChannel;
import org.cthub.integration.delivery.HandOver;
import org.cthub.integration.delivery.PreparingHandOver;
import org.cthub.persistence.partner.Channel;
import org.cthub.persistence.partner.WebhookUrlPolicy;
import org.cthub.persistence.support.RuleViolation;

/**
 * Posts a message to the partner system's webhook. A 2xx answer means the receiver has it. Anything else
 * (3xx, since redirects are not followed; 4xx; 5xx; a timeout; a refused address) is a failed attempt,
 * retried with backoff and dead-lettered after the limit: Standard Webhooks asks receivers for a 2xx and
 * senders to retry otherwise, and a 4xx is usually a receiver misconfigured for a while (a rotated secret,
 * a deployment), which retries outlast and a replay of the dead letter repairs. Every attempt carries the
 * same {@code webhook-id} (the message id), so the receiver can drop repeats. Logs name ids and status only.
 */
@ApplicationScoped
public class WebhookChannel implements DeliveryChannel {

    private static final Logger LOG = Logger.getLogger(WebhookChannel.class.getName());

    @Inject
    WebhookSettings settings;

    @Inject
    WebhookUrlPolicy policy;

    @Inject
    PreparingHandOver preparing;

    private HttpClient client;

    @PostConstruct
    void init() {
        client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(settings.connectTimeout())
                .sslContext(WebhookTrust.context(settings.trustedCertificates()))
                .build();
    }

    @Override
    public Channel kind() {
        return Channel.WEBHOOK;
    }

    @Override
    public HandOver handOver(ClaimedDelivery delivery) {
        Optional<WebhookRequest> prepared = preparing.prepare(delivery, (system, payload) ->
                new WebhookRequest(system.id(), system.webhookUrl(), system.signingSecret(), delivery.messageId(), payload));
        if (prepared.isEmpty()) {
            LOG.info(() -> "Webhook " + delivery.messageId() + " held: partner system disabled, or delivery cancelled");
            return HandOver.failed("The partner system is disabled: re-enable it, then replay the delivery if it was dead-lettered");
        }
        WebhookRequest request = prepared.get();
        URI target;
        try {
            target = policy.checkBeforeSending(request.url());
        } catch (RuleViolation refused) {
            log(request, "refused: URL or address not allowed");
            return HandOver.failed("Webhook URL refused before sending: it must be https and resolve to public addresses only");
        }
        return send(request, target);
    }

    private HandOver send(WebhookRequest request, URI target) {
        long timestamp = Instant.now().getEpochSecond();
        HttpRequest http = HttpRequest.newBuilder(target)
                .timeout(settings.requestTimeout())
                .header("Content-Type", request.payload().mediaType())
                .header("webhook-id", request.messageId().toString())
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", WebhookSignature.sign(request.secret(), request.messageId().toString(), timestamp, request.body()))
                .POST(HttpRequest.BodyPublishers.ofByteArray(request.body()))
                .build();
        try {
            int status = client.send(http, HttpResponse.BodyHandlers.discarding()).statusCode();
            log(request, "HTTP " + status);
            return status / 100 == 2 ? HandOver.delivered() : HandOver.failed("Receiver answered HTTP " + status);
        } catch (IOException e) {
            log(request, e.getClass().getSimpleName());
            return HandOver.failed("Webhook call failed: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return HandOver.failed("Webhook call interrupted");
        }
    }

    private static void log(WebhookRequest request, String status) {
        LOG.log(Level.INFO, "Webhook message {0} to partner system {1}: {2}",
                new Object[] {request.messageId(), request.partnerSystemId(), status});
    }
}
