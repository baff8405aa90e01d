package org.cthub.api.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import java.nio.charset.StandardCharsets;
import org.cthub.api.support.JsonConfiguration;
import org.cthub.integration.delivery.InboxMessage;
import org.cthub.integration.delivery.CanonicalPayload;

/** A message as the inbox lists it, in the API's JSON binding: the body of a webhook call. */
@ApplicationScoped
public class InboxMessageJson implements CanonicalPayload {

    private final Jsonb jsonb = new JsonConfiguration().getContext(InboxMessageView.class);

    @Override
    public byte[] render(InboxMessage message) {
        return jsonb.toJson(InboxMessageView.of(message)).getBytes(StandardCharsets.UTF_8);
    }
}
