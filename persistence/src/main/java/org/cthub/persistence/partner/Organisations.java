package org.cthub.persistence.partner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.cthub.persistence.support.RecordNotFound;

/** The organisations in the directory. */
@ApplicationScoped
public class Organisations {

    @PersistenceContext(unitName = "cthub")
    EntityManager em;

    public void add(Organisation organisation) {
        em.persist(organisation);
    }

    public Organisation get(UUID id) {
        return find(id).orElseThrow(() -> new RecordNotFound("Organisation", id));
    }

    public Optional<Organisation> find(UUID id) {
        return Optional.ofNullable(em.find(Organisation.class, id));
    }

    /** The names of the given organisations, by id; unknown ids are left out. */
    public Map<UUID, String> names(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<UUID, String> names = new HashMap<>();
        em.createQuery("select o.id, o.name from Organisation o where o.id in :ids", Object[].class)
                .setParameter("ids", ids).getResultList()
                .forEach(row -> names.put((UUID) row[0], (String) row[1]));
        return names;
    }

    /**
     * The organisation, row-locked until the transaction ends: serialises what one organisation does that must
     * not race with itself (two submissions with the same Idempotency-Key or the same own case reference).
     */
    public Optional<Organisation> lock(UUID id) {
        return Optional.ofNullable(em.find(Organisation.class, id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE));
    }

    /** The sandbox twin made for the real organisation, if it has one. */
    public Optional<Organisation> sandboxTwinOf(UUID real) {
        return em.createQuery("select o from Organisation o where o.sandboxOf = :real", Organisation.class)
                .setParameter("real", real).getResultStream().findFirst();
    }

    public boolean nameTaken(String name, UUID except) {
        return !em.createQuery("select o.id from Organisation o where lower(o.name) = lower(:name) and o.id <> :except", UUID.class)
                .setParameter("name", name.trim())
                .setParameter("except", except == null ? new UUID(0, 0) : except)
                .setMaxResults(1).getResultList().isEmpty();
    }

    /** One page of the organisations that match, by name. */
    public List<Organisation> search(OrganisationFilter filter, int offset, int limit) {
        return query(filter, "select o", " order by o.name, o.id", Organisation.class)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public long count(OrganisationFilter filter) {
        return query(filter, "select count(o)", "", Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> query(OrganisationFilter filter, String select, String order, Class<T> result) {
        StringBuilder jpql = new StringBuilder(select).append(" from Organisation o where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (filter.country() != null) {
            jpql.append(" and o.country = :country");
            parameters.put("country", filter.country());
        }
        if (filter.type() != null) {
            jpql.append(" and o.type = :type");
            parameters.put("type", filter.type());
        }
        if (filter.status() != null) {
            jpql.append(" and o.status = :status");
            parameters.put("status", filter.status());
        }
        if (filter.sandbox() != null) {
            jpql.append(" and o.sandbox = :sandbox");
            parameters.put("sandbox", filter.sandbox());
        }
        if (filter.assistanceType() != null) {
            jpql.append(" and exists (select s.id from ServiceOffering s where s.organisationId = o.id"
                    + " and s.assistanceType = :assistance)");
            parameters.put("assistance", filter.assistanceType());
        }
        TypedQuery<T> query = em.createQuery(jpql.append(order).toString(), result);
        parameters.forEach(query::setParameter);
        return query;
    }
}
