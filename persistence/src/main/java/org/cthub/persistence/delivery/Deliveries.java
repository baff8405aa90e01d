package org.cthub.persistence.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.cthub.persistence.partner.Channel;
import org.cthub.persistence.support.RecordNotFound;
import org.cthub.persistence.support.RowLocking;

/** The delivery outbox. */
@ApplicationScoped
public class Deliveries {

    /** Leases a node took and did not record in time (it died or stalled), through PostgreSQL's {@code delivery_leased}. */
    private static final String LEASE_EXPIRED = "select * from delivery where status = 'LEASED' and lease_until <= :now"
            + " and channel in (:channels) order by lease_until, id";
    /**
     * One channel's due work, oldest first. The status values are written in, not bound, so PostgreSQL's partial
     * index {@code delivery_claimable} (channel, next_attempt_at, id) of exactly these rows serves every plan,
     * generic ones included: the scan walks one channel's range in order and stops after the limit, however long
     * that channel's backlog or any other's.
     */
    private static final String DUE = "select * from delivery where status in ('PENDING', 'RETRY_SCHEDULED')"
            + " and channel = :channel and next_attempt_at <= :now order by next_attempt_at, id";
    private static final Comparator<Delivery> OLDEST_FIRST = Comparator.comparing(Delivery::nextAttemptAt).thenComparing(Delivery::id);

    @PersistenceContext(unitName = "cthub")
    EntityManager em;

    public void add(Delivery delivery) {
        em.persist(delivery);
    }

    /**
     * Up to {@code limit} deliveries over these channels whose lease expired or that are due, in that order and
     * oldest first, row-locked until the transaction ends. Rows another node has locked are skipped, not waited
     * for, so nodes share the work. Each statement locks and loads its rows at once (not one more per row: the
     * claim is on every delivery's path). Due work is taken channel by channel, up to the limit from each, and the
     * oldest kept, so a node serving some channels never reads past another channel's backlog; the rows it
     * locked and did not keep are free again when the claim commits.
     */
    public List<Delivery> lockDue(Collection<Channel> channels, Instant now, int limit) {
        if (channels.isEmpty() || limit < 1) {
            return List.of();
        }
        List<Delivery> claimed = new ArrayList<>(lockLeaseExpired(channels, now, limit));
        int room = limit - claimed.size();
        if (room > 0) {
            claimed.addAll(RowLocking.of(em).inIndexOrder(em, () -> channels.stream()
                    .flatMap(channel -> lockDue(channel, now, room).stream()).sorted(OLDEST_FIRST).limit(room).toList()));
        }
        return claimed.stream().filter(d -> d.claimable(now)).toList();
    }

    @SuppressWarnings("unchecked")
    private List<Delivery> lockLeaseExpired(Collection<Channel> channels, Instant now, int limit) {
        return em.createNativeQuery(LEASE_EXPIRED + lockClause(limit), Delivery.class)
                .setParameter("channels", channels.stream().map(Enum::name).toList())
                .setParameter("now", now)
                .getResultList();
    }

    @SuppressWarnings("unchecked")
    private List<Delivery> lockDue(Channel channel, Instant now, int limit) {
        return em.createNativeQuery(DUE + lockClause(limit), Delivery.class)
                .setParameter("channel", channel.name())
                .setParameter("now", now)
                .getResultList();
    }

    private String lockClause(int limit) {
        return " limit " + limit + " " + RowLocking.of(em).skipLocked();
    }

    public Optional<Delivery> find(UUID id) {
        return Optional.ofNullable(em.find(Delivery.class, id));
    }

    /** The delivery, row-locked, for recording what became of it. */
    public Optional<Delivery> lock(UUID id) {
        return Optional.ofNullable(em.find(Delivery.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public Delivery get(UUID id) {
        return find(id).orElseThrow(() -> new RecordNotFound("Delivery", id));
    }

    /** The message in this system's inbox; another system's message is as good as unknown. */
    public Delivery getMessage(UUID partnerSystemId, UUID messageId) {
        return em.createQuery("select d from Delivery d where d.messageId = :message and d.partnerSystemId = :system", Delivery.class)
                .setParameter("message", messageId).setParameter("system", partnerSystemId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst().orElseThrow(() -> new RecordNotFound("Message", messageId));
    }

    /** One page of the messages waiting in the system's inbox, oldest first. */
    public List<Delivery> inbox(UUID partnerSystemId, int offset, int limit) {
        return em.createQuery("select d from Delivery d where d.partnerSystemId = :system and d.status = :status"
                        + " order by d.createdAt, d.id", Delivery.class)
                .setParameter("system", partnerSystemId).setParameter("status", DeliveryStatus.AWAITING_ACK)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public long inboxSize(UUID partnerSystemId) {
        return em.createQuery("select count(d) from Delivery d where d.partnerSystemId = :system and d.status = :status", Long.class)
                .setParameter("system", partnerSystemId).setParameter("status", DeliveryStatus.AWAITING_ACK).getSingleResult();
    }

    /** The deliveries of one referral, one per recipient system (not the messages about it that followed). */
    public List<Delivery> ofReferral(UUID referralId) {
        return em.createQuery("select d from Delivery d where d.referralId = :referral and d.messageType = :type"
                        + " order by d.createdAt, d.partnerSystemId", Delivery.class)
                .setParameter("referral", referralId).setParameter("type", MessageType.REFERRAL).getResultList();
    }

    /** The deliveries of the referral itself, row-locked, to stop or follow them up when consent is withdrawn. */
    public List<Delivery> lockOfReferral(UUID referralId) {
        return em.createQuery("select d from Delivery d where d.referralId = :referral and d.messageType = :type"
                        + " order by d.createdAt, d.partnerSystemId", Delivery.class)
                .setParameter("referral", referralId).setParameter("type", MessageType.REFERRAL)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }

    /** One page of dead letters, oldest first. */
    public List<Delivery> deadLetters(int offset, int limit) {
        return em.createQuery("select d from Delivery d where d.status = :status order by d.createdAt, d.id", Delivery.class)
                .setParameter("status", DeliveryStatus.DEAD_LETTERED).setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public long deadLetterCount() {
        return em.createQuery("select count(d) from Delivery d where d.status = :status", Long.class)
                .setParameter("status", DeliveryStatus.DEAD_LETTERED).getSingleResult();
    }

    /** Up to {@code limit} dead letters, row-locked, for a bulk replay. */
    public List<Delivery> lockDeadLetters(int limit) {
        return em.createQuery("select d from Delivery d where d.status = :status order by d.createdAt, d.id", Delivery.class)
                .setParameter("status", DeliveryStatus.DEAD_LETTERED).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setMaxResults(limit).getResultList();
    }
}
