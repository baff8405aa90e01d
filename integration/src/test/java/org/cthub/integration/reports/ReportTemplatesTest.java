package org.cthub.integration.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.cthub.persistence.support.RecordNotFound;
import org.junit.jupiter.api.Test;

class ReportTemplatesTest {

    private final ReportTemplates templates = new ReportTemplates();

    @Test
    void bundlesTheActivityReportAndTheCtdcCaseTemplates() {
        assertThat(templates.all()).extracting(t -> t.name() + " v" + t.version())
                .containsExactly("activity-report v1", "ctdc-case v1");
        assertThat(templates.get("ctdc-case", 1).inputFields()).hasSize(27);
        assertThat(templates.get("activity-report", 1).field("organisation").orElseThrow().readOnly()).isTrue();
    }

    @Test
    void refusesAnUnknownTemplateVersion() {
        assertThatThrownBy(() -> templates.get("activity-report", 2)).isInstanceOf(RecordNotFound.class);
    }

    @Test
    void acceptsACountLineInStandardFormWithTypedValues() {
        ReportTemplate.CheckedRow row = templates.get("activity-report", 1).check(Map.of("periodStart", "2026-01-01",
                "periodEnd", "2026-03-31", "country", "RO", "measure", "persons-assisted", "gender", "Woman",
                "ageBroad", "18--20", "assistanceType", "shelter", "count", "12"));
        assertThat(row.errors()).isEmpty();
        assertThat(row.values()).containsEntry("count", 12L).containsEntry("gender", "Woman");
    }

    @Test
    void namesEveryFieldThatBreaksTheTemplate() {
        ReportTemplate.CheckedRow row = templates.get("activity-report", 1).check(Map.of("periodStart", "31.03.2026",
                "country", "Romania", "measure", "persons-assisted", "gender", "F", "count", "-1", "colour", "blue"));
        assertThat(row.accepted()).isFalse();
        assertThat(row.errors()).extracting(ReportTemplate.FieldError::field)
                .containsExactly("periodStart", "periodEnd", "country", "gender", "count", "colour");
        assertThat(row.errors()).extracting(ReportTemplate.FieldError::reason).noneMatch(reason -> reason.contains("Romania"));
    }

    @Test
    void refusesAPeriodThatEndsBeforeItStarts() {
        ReportTemplate.CheckedRow row = templates.get("activity-report", 1).check(Map.of("periodStart", "2026-03-31",
                "periodEnd", "2026-01-01", "country", "RO", "measure", "persons-assisted", "count", "12"));
        assertThat(row.errors()).extracting(ReportTemplate.FieldError::field).containsExactly("periodEnd");
    }

    @Test
    void refusesAHubSetFieldInARow() {
        ReportTemplate.CheckedRow row = templates.get("ctdc-case", 1).check(Map.of("yearOfRegistration", "2024",
                "organisation", "00000000-0000-0000-0000-000000000000"));
        assertThat(row.errors()).extracting(ReportTemplate.FieldError::field).containsExactly("organisation");
    }

    @Test
    void checksCtdcBinaryVariablesAndCountryCodes() {
        ReportTemplate template = templates.get("ctdc-case", 1);
        assertThat(template.check(Map.of("yearOfRegistration", "2024", "isSexualExploit", "1", "citizenship", "MDA")).accepted()).isTrue();
        assertThat(template.check(Map.of("yearOfRegistration", "2001", "isSexualExploit", "2", "citizenship", "MD")).errors())
                .extracting(ReportTemplate.FieldError::field).containsExactly("yearOfRegistration", "citizenship", "isSexualExploit");
    }
}
