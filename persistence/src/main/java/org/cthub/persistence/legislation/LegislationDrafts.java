package org.cthub.persistence.legislation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.cthub.persistence.support.RecordNotFound;

/**
 * The drafts, their comments, opinions and events. Reads are scoped: an organisation reaches the drafts it
 * submitted and those it was asked to review, directly or as a member of a working group asked; any other
 * is "not found", so a draft's existence does not leak before it is shared. A null organisation is the hub
 * operator, who reaches all.
 */
@ApplicationScoped
public class LegislationDrafts {

    @PersistenceContext(unitName = "cthub")
    EntityManager em;

    public void add(LegislationDraft draft) {
        em.persist(draft);
    }

    /** The organisation's draft of this work, row-locked so that two submissions number their versions one at a time. */
    public Optional<LegislationDraft> lockByWork(UUID organisation, String workUri) {
        return em.createQuery("select d.id from LegislationDraft d where d.organisation = :org and d.workUri = :work", UUID.class)
                .setParameter("org", organisation).setParameter("work", workUri).getResultStream().findFirst()
                .map(id -> em.find(LegislationDraft.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public LegislationDraft get(UUID id) {
        LegislationDraft draft = em.find(LegislationDraft.class, id);
        if (draft == null) {
            throw new RecordNotFound("Draft", id);
        }
        return draft;
    }

    /** A draft the organisation may see (any draft when it is null); any other is not found. */
    public LegislationDraft getVisible(UUID id, UUID organisation) {
        LegislationDraft draft = em.find(LegislationDraft.class, id);
        if (draft == null || (organisation != null && !draft.isSubmittedBy(organisation)
                && !draft.isAskedOf(organisation, workingGroupsOf(organisation)))) {
            throw new RecordNotFound("Draft", id);
        }
        return draft;
    }

    /** {@link #getVisible}, row-locked: for changes that number events or versions. */
    public LegislationDraft lockVisible(UUID id, UUID organisation) {
        LegislationDraft draft = getVisible(id, organisation);
        em.lock(draft, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(draft);
        return draft;
    }

    /** The working groups the organisation sits in. */
    public Set<UUID> workingGroupsOf(UUID organisation) {
        return Set.copyOf(em.createQuery("select g.id from WorkingGroup g join g.members m where m.organisationId = :org", UUID.class)
                .setParameter("org", organisation).getResultList());
    }

    public void add(DraftEvent event) {
        em.persist(event);
    }

    public DraftEvent event(UUID draftId, int sequence) {
        return em.createQuery("select e from DraftEvent e where e.draftId = :draft and e.sequence = :sequence", DraftEvent.class)
                .setParameter("draft", draftId).setParameter("sequence", sequence).getSingleResult();
    }

    public void add(DraftComment comment) {
        em.persist(comment);
    }

    /** The draft's comments, oldest first. */
    public List<DraftComment> comments(UUID draftId) {
        return em.createQuery("select c from DraftComment c where c.draftId = :draft order by c.createdAt, c.id", DraftComment.class)
                .setParameter("draft", draftId).getResultList();
    }

    public DraftComment comment(UUID draftId, UUID commentId) {
        DraftComment comment = em.find(DraftComment.class, commentId);
        if (comment == null || !comment.draftId().equals(draftId)) {
            throw new RecordNotFound("Comment", commentId);
        }
        return comment;
    }

    public void add(DraftOpinion opinion) {
        em.persist(opinion);
    }

    public Optional<DraftOpinion> opinion(UUID draftId, int versionNumber, UUID organisation) {
        return em.createQuery("select o from DraftOpinion o where o.draftId = :draft and o.versionNumber = :number"
                        + " and o.organisation = :org", DraftOpinion.class)
                .setParameter("draft", draftId).setParameter("number", versionNumber).setParameter("org", organisation)
                .getResultStream().findFirst();
    }

    /** The draft's opinions, by version, then as given. */
    public List<DraftOpinion> opinions(UUID draftId) {
        return em.createQuery("select o from DraftOpinion o where o.draftId = :draft order by o.versionNumber, o.givenAt, o.id",
                DraftOpinion.class).setParameter("draft", draftId).getResultList();
    }

    /** One page of the drafts the organisation may see, most recently changed first. */
    public List<LegislationDraft> page(UUID organisation, int offset, int limit) {
        return scoped(em.createQuery("select d from LegislationDraft d" + where(organisation)
                + " order by d.updatedAt desc, d.id", LegislationDraft.class), organisation)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public long count(UUID organisation) {
        return scoped(em.createQuery("select count(d) from LegislationDraft d" + where(organisation), Long.class),
                organisation).getSingleResult();
    }

    private static String where(UUID organisation) {
        return organisation == null ? "" : " where d.organisation = :org or exists (select r from ReviewRequest r where r.draft = d"
                + " and (r.reviewerOrganisation = :org or r.workingGroup in"
                + " (select g.id from WorkingGroup g join g.members m where m.organisationId = :org)))";
    }

    private static <T> TypedQuery<T> scoped(TypedQuery<T> query, UUID organisation) {
        return organisation == null ? query : query.setParameter("org", organisation);
    }
}
