package org.cthub.persistence.legislation;

import java.util.Arrays;
import java.util.Optional;

/**
 * The format a version was submitted in, kept with it so that it is handed back exactly as it came:
 * Akoma Ntoso XML, Word (.docx, also turned into Akoma Ntoso) or PDF (kept as is, no articles).
 */
public enum DocumentFormat {
    AKN("application/akn+xml", "xml"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    PDF("application/pdf", "pdf");

    private final String mediaType;
    private final String extension;

    DocumentFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The file name extension a download of this format carries. */
    public String extension() {
        return extension;
    }

    public static Optional<DocumentFormat> ofMediaType(String mediaType) {
        return Arrays.stream(values()).filter(format -> format.mediaType.equalsIgnoreCase(mediaType)).findFirst();
    }
}
