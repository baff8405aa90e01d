package org.cthub.persistence.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.cthub.persistence.partner.AssistanceType;
import org.cthub.persistence.partner.CountryCode;
import org.cthub.persistence.referral.ReferralStatus;

/** Reads the facts aggregates are counted from, and the countries a working-group secretariat sees. */
@ApplicationScoped
public class SharedData {

    /**
     * Sandbox data is never counted. A sandbox referral has sandbox organisations on both ends (the referral
     * submission sees to that), so its sender tells it apart; sandbox callers cannot submit reports, and the
     * clause keeps any that exist out all the same.
     */
    private static final String REAL_REFERRALS = " and r.referringOrganisation not in (select s.id from Organisation s where s.sandbox = true)";
    private static final String REAL_REPORTS = " and r.organisation_id not in (select s.id from organisation s where s.sandbox = true)";

    @PersistenceContext(unitName = "cthub")
    EntityManager em;

    /**
     * The countries of the member organisations of every working group the organisation sits in: a
     * secretariat sees the data of those countries. Empty when it sits in none.
     */
    public Set<String> workingGroupCountries(UUID organisation) {
        return em.createQuery("select distinct o.country from Organisation o, WorkingGroup g join g.members m"
                        + " where o.id = m.organisationId and g.id in"
                        + " (select g2.id from WorkingGroup g2 join g2.members m2 where m2.organisationId = :org)", CountryCode.class)
                .setParameter("org", organisation).getResultStream().map(CountryCode::value).collect(Collectors.toSet());
    }

    /**
     * The referrals submitted in [from, to): all, or only those the partner organisation sent or received when it
     * is given. The caller narrows by country.
     */
    public List<ReferralFacts> referrals(Instant from, Instant to, UUID partner) {
        String scope = REAL_REFERRALS + (partner == null ? "" : " and (r.referringOrganisation = :org or r.referredOrganisation = :org)");
        TypedQuery<Object[]> rows = em.createQuery("select r.id, r.referringOrganisation, r.referredOrganisation, r.status, r.submittedAt"
                + " from Referral r where r.submittedAt >= :from and r.submittedAt < :to" + scope, Object[].class);
        TypedQuery<Object[]> types = em.createQuery("select r.id, a from Referral r join r.assistanceTypes a"
                + " where r.submittedAt >= :from and r.submittedAt < :to" + scope, Object[].class);
        for (TypedQuery<Object[]> query : List.of(rows, types)) {
            query.setParameter("from", from).setParameter("to", to);
            if (partner != null) {
                query.setParameter("org", partner);
            }
        }
        Map<UUID, Set<AssistanceType>> assistance = new HashMap<>();
        types.getResultStream().forEach(row -> assistance.computeIfAbsent((UUID) row[0], id -> EnumSet.noneOf(AssistanceType.class))
                .add((AssistanceType) row[1]));
        Map<UUID, String> countries = organisationCountries();
        Map<UUID, ReferralFacts> facts = new LinkedHashMap<>();
        rows.getResultStream().forEach(row -> {
            UUID id = (UUID) row[0];
            facts.put(id, new ReferralFacts(id, countries.get((UUID) row[1]), countries.get((UUID) row[2]),
                    assistance.getOrDefault(id, Set.of()), (ReferralStatus) row[3], (Instant) row[4]));
        });
        return List.copyOf(facts.values());
    }

    /** The follow-up reports not yet made, of all referrals or of those the partner organisation sent or received. */
    public List<FollowUpFacts> openFollowUps(UUID partner) {
        TypedQuery<Object[]> rows = em.createQuery("select f.id, r.referringOrganisation, r.referredOrganisation, f.dueAt"
                + " from FollowUp f, Referral r where r.id = f.referralId and f.submittedAt is null" + REAL_REFERRALS
                + (partner == null ? "" : " and (r.referringOrganisation = :org or r.referredOrganisation = :org)"), Object[].class);
        if (partner != null) {
            rows.setParameter("org", partner);
        }
        Map<UUID, String> countries = organisationCountries();
        return rows.getResultStream().map(row -> new FollowUpFacts((UUID) row[0], countries.get((UUID) row[1]),
                countries.get((UUID) row[2]), (Instant) row[3])).toList();
    }

    /**
     * Streams the rows of the accepted reports of a template (their latest version), of all NGOs or of the partner
     * organisation's own reports, with the reporting NGO's country.
     */
    public void acceptedRows(String template, UUID partner, java.util.function.Consumer<AcceptedRow> sink) {
        Map<UUID, String> countries = organisationCountries();
        jakarta.persistence.Query query = em.createNativeQuery("select r.id, r.organisation_id, rr.row_number, rr.data from report r"
                + " join report_version v on v.report_id = r.id join report_row rr on rr.version_id = v.id"
                + " where r.status = 'ACCEPTED' and r.template_name = :template" + REAL_REPORTS
                + " and v.version_number = (select max(v2.version_number) from report_version v2 where v2.report_id = r.id)"
                + (partner == null ? "" : " and r.organisation_id = :org")).setParameter("template", template);
        if (partner != null) {
            query.setParameter("org", partner);
        }
        @SuppressWarnings("unchecked")
        java.util.stream.Stream<Object[]> rows = query.getResultStream();
        rows.forEach(row -> {
            UUID organisation = uuid(row[1]);
            sink.accept(new AcceptedRow(uuid(row[0]), ((Number) row[2]).longValue(), organisation, countries.get(organisation), (String) row[3]));
        });
    }

    /** The NGO reports submitted in [from, to), of all NGOs or of the partner organisation. */
    public List<ReportFacts> reports(Instant from, Instant to, UUID partner) {
        Map<UUID, String> countries = organisationCountries();
        jakarta.persistence.Query query = em.createNativeQuery("select id, organisation_id, working_group_id, status, submitted_at from report"
                + " where submitted_at >= :from and submitted_at < :to" + REAL_REPORTS.replace("r.organisation_id", "organisation_id") + (partner == null ? "" : " and organisation_id = :org"))
                .setParameter("from", from).setParameter("to", to);
        if (partner != null) {
            query.setParameter("org", partner);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(row -> {
            UUID organisation = uuid(row[1]);
            return new ReportFacts(uuid(row[0]), organisation, countries.get(organisation), uuid(row[2]), row[3].toString(), instant(row[4]));
        }).toList();
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        return java.time.OffsetDateTime.parse(value.toString()).toInstant();
    }

    private static UUID uuid(Object value) {
        return value instanceof UUID id ? id : UUID.fromString(value.toString());
    }

    private Map<UUID, String> organisationCountries() {
        return em.createQuery("select o.id, o.country from Organisation o", Object[].class).getResultStream()
                .collect(Collectors.toMap(row -> (UUID) row[0], row -> ((CountryCode) row[1]).value()));
    }
}
