package org.cthub.persistence.legislation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/**
 * One article of a version as the diff compares it: its eId (stable across versions by the naming
 * convention), its number and heading, and its whole text with white space normalised.
 */
@Embeddable
public class DraftArticle {

    public static final int MAX_EID = 200;
    public static final int MAX_NUM = 200;
    public static final int MAX_HEADING = 2000;
    public static final int MAX_TEXT = 1_000_000;

    @Column(name = "e_id", nullable = false, length = MAX_EID)
    private String eId;

    @Column(name = "num", length = MAX_NUM)
    private String num;

    @Column(name = "heading", length = MAX_HEADING)
    private String heading;

    @Column(name = "normalised_text", nullable = false, length = MAX_TEXT)
    private String text;

    protected DraftArticle() {
    }

    public DraftArticle(String eId, String num, String heading, String text) {
        this.eId = Objects.requireNonNull(eId);
        this.num = num;
        this.heading = heading;
        this.text = Objects.requireNonNull(text);
    }

    public String eId() {
        return eId;
    }

    public String num() {
        return num;
    }

    public String heading() {
        return heading;
    }

    public String text() {
        return text;
    }
}
