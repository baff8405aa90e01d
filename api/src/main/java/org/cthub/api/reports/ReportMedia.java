package org.cthub.api.reports;

/** The media types report files travel as, and the descriptions of the refusals report operations document. */
final class ReportMedia {

    static final String CSV = "text/csv";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String OCTET = "application/octet-stream";
    static final String JSON = "application/json";
    static final String XML = "application/xml";
    static final String PROBLEM = "application/problem+json";
    static final String TOO_LARGE = "The file is larger than the cap (hub.reports.max-upload-bytes, or hub.reports.max-sample-bytes for a dry run)";
    static final String UNREADABLE = "The file cannot be read as the profile says (empty, wrong encoding, not an XLSX or truncated, "
            + "a zip bomb, not a JSON array, XML with a DOCTYPE or entities, a column the profile maps is missing), and the detail says why. Nothing was stored.";

    private ReportMedia() {
    }
}
