package org.cthub.persistence.reports;

/** One reason a row was rejected: the row's number in the file, the field at fault, and why (never the value). */
public record RowRejection(long number, String field, String reason) {
}
