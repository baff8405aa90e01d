package org.cthub.api.referral;

/** Descriptions of the problem responses the lifecycle operations (answers, follow-ups) document. */
final class LifecycleProblems {

    static final String NOT_RECIPIENT = "Your organisation is party to the referral but is not its recipient: only the referred organisation does this";
    static final String ANSWER_CONFLICT = "The referral's status does not allow this answer: the problem names the answers allowed from here";
    static final String ANSWER_UNPROCESSABLE = "An unknown answer code, a decline without a reason, or a reason over 1000 characters";
    static final String FOLLOW_UP_NOT_FOUND = "No such referral or follow-up, or a referral your organisation neither sent nor received";
    static final String FOLLOW_UP_CONFLICT = "The follow-up report was already submitted: a report stands once submitted";
    static final String FOLLOW_UP_UNPROCESSABLE = "An unknown wellbeing or situation code, no wellbeing, or notes over 1000 characters";
    static final String OVERDUE_FORBIDDEN = "The token's role does not allow this, or your secretariat's organisation does not sit in the "
            + "Return and Reintegration working group";

    private LifecycleProblems() {
    }
}
