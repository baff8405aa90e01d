package org.cthub.integration.partner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.net.InetAddress;
import java.util.List;
import java.util.Set;
import java.util.HashSet;
import org.cthub.persistence.partner.WebhookUrlPolicy;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The webhook URL policy with the operator's sandbox exceptions from {@code hub.webhook.allowed-hosts}
 * (env {@code HUB_WEBHOOK_ALLOWED_HOSTS}, comma-separated, empty by default). Production leaves it empty.
 */
@ApplicationScoped
public class WebhookUrlPolicyProducer {

    public static final String ALLOWED_HOSTS = "hub.webhook.allowed-hosts";

    // Dependent scope: the policy is a small immutable final class that CDI could not proxy.
    @Produces
    WebhookUrlPolicy policy() {
        List<String> allowed = ConfigProvider.getConfig().getOptionalValues(ALLOWED_HOSTS, String.class).orElse(List.of());
        return new WebhookUrlPolicy(Set.copyOf(new HashSet<>(allowed)), InetAddress::getAllByName);
    }
}
