package org.cthub.persistence.legislation;

import java.util.Objects;

/** What a submitted document says about itself, read from its FRBR identification and preface. */
public record DraftMetadata(String workUri, String expressionUri, DocumentType documentType, String country,
        String language, String title) {

    public static final int MAX_URI = 500;
    public static final int MAX_CODE = 20;
    public static final int MAX_TITLE = 1000;

    public DraftMetadata {
        Objects.requireNonNull(workUri);
        Objects.requireNonNull(expressionUri);
        Objects.requireNonNull(documentType);
        Objects.requireNonNull(country);
        Objects.requireNonNull(language);
        Objects.requireNonNull(title);
    }
}
