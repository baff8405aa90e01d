package org.cthub.persistence.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** {@link ApiClients} in the hub's database. */
@ApplicationScoped
public class JpaApiClients implements ApiClients {

    @PersistenceContext(unitName = "cthub")
    EntityManager em;

    @Override
    public void add(ApiClient client) {
        em.persist(client);
    }

    @Override
    public Optional<ApiClient> find(String clientId) {
        return clientId == null ? Optional.empty() : Optional.ofNullable(em.find(ApiClient.class, clientId));
    }

    @Override
    public List<ApiClient> page(int page, int size) {
        return em.createQuery("select c from ApiClient c order by c.createdAt, c.clientId", ApiClient.class)
                .setFirstResult(page * size)
                .setMaxResults(size)
                .getResultList();
    }

    @Override
    public long count() {
        return em.createQuery("select count(c) from ApiClient c", Long.class).getSingleResult();
    }

    @Override
    public long countActiveWithRole(ClientRole role) {
        return em.createQuery("select count(distinct c) from ApiClient c join c.roles r"
                        + " where r = :role and c.status = :active", Long.class)
                .setParameter("role", role.tokenName())
                .setParameter("active", ClientStatus.ACTIVE)
                .getSingleResult();
    }
}
