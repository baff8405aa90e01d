package org.cthub.integration.reports;

/**
 * Keeps exported text harmless in a spreadsheet: a cell that starts with = + - @ (or a tab or carriage
 * return, which some spreadsheets skip before such a sign) would be run as a formula when the file is
 * opened, so it is prefixed with a quote, as OWASP advises against CSV injection.
 */
public final class SpreadsheetCells {

    private SpreadsheetCells() {
    }

    public static String defused(String text) {
        if (text == null || text.isEmpty()) {
            return text == null ? "" : text;
        }
        return "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    /** A defused CSV cell, quoted when it holds the delimiter, a quote or a line break. */
    public static String csv(String text, char delimiter) {
        String cell = defused(text);
        if (cell.indexOf(delimiter) >= 0 || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
            return "\"" + cell.replace("\"", "\"\"") + "\"";
        }
        return cell;
    }
}
