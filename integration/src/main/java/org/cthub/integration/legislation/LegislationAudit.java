package org.cthub.integration.legislation;

/** The names under which draft legislation events are audited. Details hold ids, numbers and codes only. */
public final class LegislationAudit {

    public static final String TARGET = "legislation-draft";
    public static final String SUBMITTED = "legislation.draft-submitted";
    public static final String VERSION_SUBMITTED = "legislation.version-submitted";
    public static final String LISTED = "legislation.drafts-listed";
    public static final String READ = "legislation.draft-read";
    public static final String VERSION_READ = "legislation.version-read";
    public static final String DIFF_READ = "legislation.diff-read";
    public static final String REVIEW_REQUESTED = "legislation.review-requested";
    public static final String COMMENTED = "legislation.commented";
    public static final String OPINION_GIVEN = "legislation.opinion-given";
    public static final String COMMENT_ADDRESSED = "legislation.comment-addressed";
    public static final String COMMENTS_READ = "legislation.comments-read";
    public static final String CLOSED = "legislation.draft-closed";

    private LegislationAudit() {
    }
}
