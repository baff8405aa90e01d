package org.cthub.persistence.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;

/** Pages through the audit log newest first, optionally about one kind of record or one record. */
@ApplicationScoped
public class AuditSearch {

    @PersistenceContext(unitName = "cthub")
    EntityManager em;

    public List<AuditEntry> page(String targetType, String targetId, int offset, int limit) {
        return query("select e", " order by e.id desc", AuditEntry.class, targetType, targetId)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public long count(String targetType, String targetId) {
        return query("select count(e)", "", Long.class, targetType, targetId).getSingleResult();
    }

    private <T> TypedQuery<T> query(String select, String order, Class<T> result, String targetType, String targetId) {
        // Built per filter: "(:p is null or ...)" leaves PostgreSQL unable to type a null parameter.
        String where = " where 1 = 1" + (targetType == null ? "" : " and e.targetType = :type")
                + (targetId == null ? "" : " and e.targetId = :id");
        TypedQuery<T> query = em.createQuery(select + " from AuditEntry e" + where + order, result);
        if (targetType != null) {
            query.setParameter("type", targetType);
        }
        if (targetId != null) {
            query.setParameter("id", targetId);
        }
        return query;
    }
}
