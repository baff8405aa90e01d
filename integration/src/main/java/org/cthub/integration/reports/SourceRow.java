package org.cthub.integration.reports;

import java.util.Map;

/** One data row as read from a file: its number as the NGO sees it (the line or sheet row, from 1) and its cells by column key. */
public record SourceRow(long number, Map<String, String> cells) {
}
