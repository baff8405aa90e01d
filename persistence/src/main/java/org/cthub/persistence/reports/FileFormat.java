package org.cthub.persistence.reports;

/** The file formats a report profile can read. */
public enum FileFormat {
    CSV,
    HXL_CSV,
    XLSX,
    JSON,
    XML
}
