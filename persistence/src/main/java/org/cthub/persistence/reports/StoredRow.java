package org.cthub.persistence.reports;

/** An accepted row as stored: its number in the uploaded file and its standard form as JSON text. */
public record StoredRow(long number, String json) {
}
