package org.cthub.integration.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.cthub.persistence.access.ApiClient;
import org.cthub.persistence.access.ApiClients;
import org.cthub.persistence.support.RecordNotFound;

/** Reading the registered clients for a hub-admin. */
@ApplicationScoped
public class ListingClients {

    @Inject
    ApiClients clients;

    /** One page of clients, oldest first, with the total; {@code page} counts from 0. */
    public ClientPage page(int page, int size) {
        return new ClientPage(clients.page(page, size), clients.count());
    }

    public ApiClient one(String clientId) {
        return clients.find(clientId).orElseThrow(() -> new RecordNotFound("Client", clientId));
    }

    /** Clients of one page and how many there are in all. */
    public record ClientPage(List<ApiClient> clients, long total) {
    }
}
