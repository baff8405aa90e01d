package org.cthub.integration.sandbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.camel.builder.RouteBuilder;
import org.cthub.integration.delivery.ClaimedDelivery;
import org.cthub.persistence.delivery.MessageType;

/**
 * {@value #ROUTE_ID}: the echo partner at work. A referral handed to it ({@link EchoChannel}) is accepted through
 * the same use case a recipient's own answer takes, so the sender's systems get the {@code referral-update} as
 * from any recipient. Other messages (an update about a referral it holds) need no answer; they count as received.
 */
@ApplicationScoped
public class SandboxEchoRoutes extends RouteBuilder {

    public static final String ROUTE_ID = "sandbox-echo";
    static final String ENDPOINT = "direct:" + ROUTE_ID;

    @Inject
    AnsweringAsEcho answering;

    @Override
    public void configure() {
        from(ENDPOINT)
                .routeId(ROUTE_ID)
                .filter(exchange -> exchange.getMessage().getBody(ClaimedDelivery.class).type() == MessageType.REFERRAL)
                    .bean(answering, "accept");
    }
}
