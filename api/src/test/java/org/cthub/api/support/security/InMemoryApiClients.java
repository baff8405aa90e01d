package org.cthub.api.support.security;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cthub.persistence.access.ApiClient;
import org.cthub.persistence.access.ApiClients;
import org.cthub.persistence.access.ClientRole;

/** Clients held in a map, for tests of issuing and verifying tokens without a database. */
class InMemoryApiClients implements ApiClients {

    private final Map<String, ApiClient> clients = new LinkedHashMap<>();

    @Override
    public void add(ApiClient client) {
        clients.put(client.clientId(), client);
    }

    @Override
    public Optional<ApiClient> find(String clientId) {
        return Optional.ofNullable(clients.get(clientId));
    }

    @Override
    public List<ApiClient> page(int page, int size) {
        return new ArrayList<>(clients.values()).subList(page * size, Math.min(clients.size(), (page + 1) * size));
    }

    @Override
    public long count() {
        return clients.size();
    }

    @Override
    public long countActiveWithRole(ClientRole role) {
        return clients.values().stream().filter(c -> c.isActive() && c.roles().contains(role.tokenName())).count();
    }
}
