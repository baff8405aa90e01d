package org.cthub.persistence.partner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.UUID;
import org.cthub.persistence.support.RecordNotFound;

/** The working groups. */
@ApplicationScoped
public class WorkingGroups {

    @PersistenceContext(unitName = "cthub")
    EntityManager em;

    public List<WorkingGroup> all() {
        return em.createQuery("select g from WorkingGroup g order by g.name", WorkingGroup.class).getResultList();
    }

    public WorkingGroup get(UUID id) {
        WorkingGroup group = em.find(WorkingGroup.class, id);
        if (group == null) {
            throw new RecordNotFound("Working group", id);
        }
        return group;
    }
}
