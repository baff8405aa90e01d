package org.cthub.persistence.legislation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.cthub.persistence.support.RuleViolation;

/**
 * One version (expression) of a draft: the document exactly as submitted, so it can be handed back in its
 * original form, and its articles as extracted at submission, so diffs never parse the document again.
 */
@Entity
@Table(name = "legislation_draft_version")
public class DraftVersion {

    @Id
    private UUID id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "draft_id", nullable = false)
    private LegislationDraft draft;

    @Column(name = "version_number", nullable = false)
    private int number;

    @Column(name = "expression_uri", nullable = false, length = DraftMetadata.MAX_URI)
    private String expressionUri;

    @Column(name = "content", nullable = false)
    private byte[] content;

    @Column(name = "submitted_by", nullable = false, length = 100)
    private String submittedBy;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "media_type", nullable = false, length = 100)
    private String mediaType = DocumentFormat.AKN.mediaType();

    @Column(name = "generated_akn")
    private byte[] generatedAkn;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "legislation_draft_article", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "article_position")
    private List<DraftArticle> articles = new ArrayList<>();

    protected DraftVersion() {
    }

    DraftVersion(LegislationDraft draft, int number, String expressionUri, byte[] content, List<DraftArticle> articles,
            String submittedBy, Instant submittedAt) {
        this.id = UUID.randomUUID();
        this.draft = draft;
        this.number = number;
        this.expressionUri = expressionUri;
        this.content = content.clone();
        this.articles = new ArrayList<>(articles);
        this.submittedBy = submittedBy;
        this.submittedAt = submittedAt;
    }

    public UUID id() {
        return id;
    }

    public int number() {
        return number;
    }

    public String expressionUri() {
        return expressionUri;
    }

    /** The submitted bytes, unchanged. */
    public byte[] content() {
        return content.clone();
    }

    public String submittedBy() {
        return submittedBy;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public List<DraftArticle> articles() {
        return List.copyOf(articles);
    }

    /**
     * Records, right after {@link LegislationDraft#addVersion}, that the content is a Word or PDF file rather
     * than Akoma Ntoso, with the Akoma Ntoso the hub generated from it (Word), or none (PDF).
     */
    public void submittedAs(DocumentFormat format, byte[] generated) {
        if (format == DocumentFormat.AKN || (format == DocumentFormat.DOCX) != (generated != null)) {
            throw new IllegalArgumentException("Word comes with generated Akoma Ntoso, PDF without, Akoma Ntoso is its own");
        }
        this.mediaType = format.mediaType();
        this.generatedAkn = format == DocumentFormat.DOCX ? generated.clone() : null;
    }

    public DocumentFormat format() {
        return DocumentFormat.ofMediaType(mediaType).orElseThrow();
    }

    public String mediaType() {
        return mediaType;
    }

    /** The version as Akoma Ntoso: the submitted document, or the one generated from Word; a PDF has none. */
    public byte[] akomaNtoso() {
        return switch (format()) {
            case AKN -> content();
            case DOCX -> generatedAkn.clone();
            case PDF -> throw new RuleViolation(null, "Version " + number + " was submitted as PDF and has no Akoma Ntoso: "
                    + "download it as submitted (GET the version itself), or submit its text as Akoma Ntoso or Word (.docx).");
        };
    }

    /** The articles a diff compares: a PDF has none to compare, which is refused rather than shown as all removed. */
    public List<DraftArticle> articlesToCompare() {
        if (format() == DocumentFormat.PDF) {
            throw new RuleViolation(null, "Version " + number + " was submitted as PDF and has no articles to compare: submit "
                    + "that text again as Akoma Ntoso or Word (.docx) and compare with the new version.");
        }
        return articles();
    }
}
