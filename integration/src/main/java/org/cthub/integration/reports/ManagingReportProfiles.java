package org.cthub.integration.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.cthub.integration.audit.AuditTrail;
import org.cthub.persistence.partner.Organisation;
import org.cthub.persistence.partner.Organisations;
import org.cthub.persistence.reports.ReportProfile;
import org.cthub.persistence.reports.ReportProfiles;
import org.cthub.persistence.support.RuleViolation;
import org.cthub.persistence.support.VersionCheck;

/**
 * An organisation's partner clients create, change and remove its report profiles; the organisation (and
 * the hub operator, for reading) reaches them, nobody else. A profile is checked against its template before
 * it is stored. Every change is audited.
 */
@ApplicationScoped
public class ManagingReportProfiles {

    @Inject
    ReportProfiles profiles;

    @Inject
    Organisations organisations;

    @Inject
    ReportTemplates templates;

    @Inject
    AuditTrail audit;

    @Transactional
    public ReportProfile create(String actor, UUID organisation, ProfileDetails details) {
        requireActive(organisation);
        ProfileDefinition checked = ProfileDefinition.of(details, templates);
        ReportProfile profile = new ReportProfile(organisation, name(details), ProfileJson.layout(details, checked), Instant.now());
        profiles.add(profile);
        audit.record(actor, ReportsAudit.PROFILE_CREATED, ReportsAudit.PROFILE, profile.id(), summary(organisation, checked));
        return profile;
    }

    @Transactional
    public ReportProfile update(String actor, UUID organisation, UUID id, long expectedVersion, ProfileDetails details) {
        ReportProfile profile = profiles.getVisible(id, organisation);
        VersionCheck.require(expectedVersion, profile.version(), "Report profile", id);
        ProfileDefinition checked = ProfileDefinition.of(details, templates);
        profile.change(name(details), ProfileJson.layout(details, checked), Instant.now());
        audit.record(actor, ReportsAudit.PROFILE_UPDATED, ReportsAudit.PROFILE, id, summary(organisation, checked));
        return profile;
    }

    @Transactional
    public void remove(String actor, UUID organisation, UUID id) {
        profiles.getVisible(id, organisation).remove(Instant.now());
        audit.record(actor, ReportsAudit.PROFILE_REMOVED, ReportsAudit.PROFILE, id, "organisation=" + organisation);
    }

    /** A profile the organisation (any, for null) reaches, with its stored details. */
    @Transactional
    public ReportProfile read(UUID organisation, UUID id) {
        return profiles.getVisible(id, organisation);
    }

    @Transactional
    public List<ReportProfile> page(UUID organisation, int offset, int limit) {
        return profiles.page(organisation, offset, limit);
    }

    @Transactional
    public long count(UUID organisation) {
        return profiles.count(organisation);
    }

    /** The details a stored profile was written with, as the API shows them. */
    public static ProfileDetails details(ReportProfile profile) {
        return ProfileJson.details(profile.name(), profile.layout());
    }

    private void requireActive(UUID organisation) {
        if (!organisations.find(organisation).map(Organisation::isActive).orElse(false)) {
            throw new RuleViolation(null, "Your organisation is not active in the directory: ask the hub operator");
        }
    }

    private static String name(ProfileDetails details) {
        if (details.name() == null || details.name().isBlank()) {
            throw new RuleViolation("name", "name is required");
        }
        return details.name().strip();
    }

    private static String summary(UUID organisation, ProfileDefinition checked) {
        return "organisation=" + organisation + "; template=" + checked.template().name() + "/" + checked.template().version()
                + "; format=" + checked.format() + "; columns=" + checked.columns().size();
    }
}
