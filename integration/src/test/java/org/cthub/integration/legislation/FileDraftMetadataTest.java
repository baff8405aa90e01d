package org.cthub.integration.legislation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.cthub.persistence.legislation.DocumentType;
import org.cthub.persistence.support.RuleViolation;
import org.junit.jupiter.api.Test;

class FileDraftMetadataTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    @Test
    void namesTheWorkAndExpressionByTheAkomaNtosoConvention() {
        FileDraftMetadata act = FileDraftMetadata.of("md", "act", " Law 12 ", "ron", "2026-11-01", "12", null, TODAY);
        assertThat(act.workUri()).isEqualTo("/akn/md/act/2026-11-01/12");
        assertThat(act.expressionUri()).isEqualTo("/akn/md/act/2026-11-01/12/ron@2026-11-28");
        assertThat(act.metadata().country()).isEqualTo("MD");
        assertThat(act.metadata().title()).isEqualTo("Law 12");
        assertThat(act.documentType()).isEqualTo(DocumentType.ACT);
    }

    @Test
    void refusesEachMissingOrMalformedParameterByName() {
        assertRefused(null, "bill", "2026-11-01", "12", "ron", null, "country");
        assertRefused("XX", "bill", "2026-11-01", "12", "ron", null, "country");
        assertRefused("MD", "decree", "2026-11-01", "12", "ron", null, "documentType");
        assertRefused("MD", null, "2026-11-01", "12", "ron", null, "documentType");
        assertRefused("MD", "bill", "2026-02-30", "12", "ron", null, "date");
        assertRefused("MD", "bill", "1 Nov 2026", "12", "ron", null, "date");
        assertRefused("MD", "bill", "2026-11-01", "12/../x", "ron", null, "number");
        assertRefused("MD", "bill", "2026-11-01", "12", "ro", null, "language");
        assertRefused("MD", "bill", "2026-11-01", "12", "ron", "tomorrow", "expressionDate");
        assertThatThrownBy(() -> FileDraftMetadata.of("MD", "bill", " ", "ron", "2026-11-01", "12", null, TODAY))
                .isInstanceOf(RuleViolation.class).extracting(e -> ((RuleViolation) e).field()).isEqualTo("title");
    }

    private static void assertRefused(String country, String type, String date, String number, String language, String expression,
            String field) {
        assertThatThrownBy(() -> FileDraftMetadata.of(country, type, "A law", language, date, number, expression, TODAY))
                .isInstanceOf(RuleViolation.class).extracting(e -> ((RuleViolation) e).field()).isEqualTo(field);
    }
}
