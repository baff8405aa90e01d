package org.cthub.persistence.access;

import java.util.List;
import java.util.Optional;

/** The registered API clients. */
public interface ApiClients {

    void add(ApiClient client);

    Optional<ApiClient> find(String clientId);

    /** Clients ordered by creation, oldest first; {@code page} counts from 0. */
    List<ApiClient> page(int page, int size);

    long count();

    /** How many clients that may still obtain tokens hold the role. */
    long countActiveWithRole(ClientRole role);
}
