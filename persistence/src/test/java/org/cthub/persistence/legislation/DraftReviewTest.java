package org.cthub.persistence.legislation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.cthub.persistence.support.ConflictingState;
import org.cthub.persistence.support.RuleViolation;
import org.junit.jupiter.api.Test;

/** The review states of a draft, and the rules its comments, opinions and decisions keep. */
class DraftReviewTest {

    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    private final UUID moldova = UUID.randomUUID();
    private final UUID odihr = UUID.randomUUID();
    private final UUID workingGroup = UUID.randomUUID();

    private static DraftMetadata metadata(String expression) {
        return new DraftMetadata("/akn/md/bill/2026-11-01/7", "/akn/md/bill/2026-11-01/7/ron@" + expression, DocumentType.BILL,
                "MD", "ron", "Law on preventing trafficking");
    }

    private LegislationDraft draft() {
        LegislationDraft draft = new LegislationDraft(moldova, metadata("2026-11-01"), NOW);
        draft.addVersion(metadata("2026-11-01"), new byte[] {1}, List.of(new DraftArticle("art_1", "Article 1", "Definitions", "one")),
                "moldova-client", NOW);
        return draft;
    }

    @Test
    void goesFromDraftThroughReviewAndRevisionToAdoption() {
        LegislationDraft draft = draft();
        assertThat(draft.status()).isEqualTo(DraftStatus.DRAFT);
        assertThatThrownBy(() -> draft.comment(1, null, odihr, "odihr", "Early", NOW)).isInstanceOf(ConflictingState.class);

        draft.askForReview(List.of(odihr), List.of(workingGroup), "By January", "moldova-client", NOW);
        assertThat(draft.status()).isEqualTo(DraftStatus.UNDER_REVIEW);
        assertThat(draft.isAskedOf(odihr, Set.of())).isTrue();
        assertThat(draft.isAskedOf(UUID.randomUUID(), Set.of(workingGroup))).isTrue();
        assertThat(draft.isAskedOf(UUID.randomUUID(), Set.of(UUID.randomUUID()))).isFalse();

        DraftComment comment = draft.comment(1, "art_1", odihr, "odihr", "Align with the Protocol", NOW);
        assertThat(draft.status()).isEqualTo(DraftStatus.COMMENTED);
        draft.addVersion(metadata("2026-12-01"), new byte[] {2}, List.of(new DraftArticle("art_1", "Article 1", "Definitions", "two")),
                "moldova-client", NOW);
        assertThat(draft.status()).isEqualTo(DraftStatus.REVISED);
        comment.markAddressed(2, draft.latestVersion(), "Aligned", "moldova-client", NOW);
        assertThat(comment.addressedInVersion()).isEqualTo(2);
        assertThat(draft.event(DraftEvent.Kind.VERSION_SUBMITTED, 2, null, NOW).sequence()).isEqualTo(1);
        assertThat(draft.event(DraftEvent.Kind.ADOPTED, 2, null, NOW).sequence()).isEqualTo(2);

        draft.close(DraftStatus.ADOPTED, 2, NOW);
        assertThat(draft.status()).isEqualTo(DraftStatus.ADOPTED);
        assertThat(draft.adoptedVersion()).isEqualTo(2);
        assertThatThrownBy(() -> draft.addVersion(metadata("2027-01-01"), new byte[] {3}, List.of(), "moldova-client", NOW))
                .isInstanceOf(ConflictingState.class).hasMessageContaining("new work");
        assertThatThrownBy(() -> draft.askForReview(List.of(odihr), List.of(), null, "moldova-client", NOW)).isInstanceOf(ConflictingState.class);
        assertThatThrownBy(() -> draft.close(DraftStatus.WITHDRAWN, 2, NOW)).isInstanceOf(ConflictingState.class);
    }

    @Test
    void refusesCommentsOpinionsAndRequestsThatBreakTheRules() {
        LegislationDraft draft = draft();
        assertThatThrownBy(() -> draft.askForReview(List.of(), List.of(), null, "moldova-client", NOW)).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> draft.askForReview(List.of(moldova), List.of(), null, "moldova-client", NOW))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("Your own organisation");
        draft.askForReview(List.of(odihr), List.of(), null, "moldova-client", NOW);
        assertThatThrownBy(() -> draft.comment(1, "art_9", odihr, "odihr", "Where?", NOW)).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("art_9");
        assertThatThrownBy(() -> draft.comment(2, null, odihr, "odihr", "Future", NOW)).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> draft.comment(1, null, odihr, "odihr", " ", NOW)).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> draft.giveOpinion(null, 1, odihr, Opinion.FAVOURABLE, "", "odihr", NOW)).isInstanceOf(RuleViolation.class);
        assertThat(draft.status()).isEqualTo(DraftStatus.UNDER_REVIEW);

        DraftComment comment = draft.comment(1, null, odihr, "odihr", "General remark", NOW);
        assertThatThrownBy(() -> comment.markAddressed(1, 1, null, "moldova-client", NOW)).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("later version");
        DraftOpinion first = draft.giveOpinion(null, 1, odihr, Opinion.UNFAVOURABLE, "Not yet", "odihr", NOW);
        DraftOpinion replaced = draft.giveOpinion(first, 1, odihr, Opinion.FAVOURABLE_WITH_CHANGES, "Better", "odihr", NOW);
        assertThat(replaced).isSameAs(first);
        assertThat(replaced.opinion()).isEqualTo(Opinion.FAVOURABLE_WITH_CHANGES);
        assertThatThrownBy(() -> draft.close(DraftStatus.ADOPTED, 4, NOW)).isInstanceOf(RuleViolation.class);
    }
}
