package org.cthub.integration.reports;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text into records one at a time (RFC 4180: quoted cells may hold the delimiter, quotes doubled
 * and line breaks), with any one-character delimiter. Holds one record at most, and refuses a cell or a
 * record too large to be a report's, so a file without line breaks cannot fill the memory.
 */
final class CsvRecords {

    static final int MAX_CELL_CHARS = 10_000;
    static final int MAX_CELLS = 1_000;

    private final Reader in;
    private final char delimiter;
    /** Read in blocks: a Reader's read() of one char takes a lock, some 60 times a row. */
    private final char[] block = new char[8192];
    private int next;
    private int end;
    private long line = 1;
    private long recordLine = 1;
    private int pushedBack = -2;

    CsvRecords(Reader in, char delimiter) {
        this.in = in;
        this.delimiter = delimiter;
    }

    /** The line the last record started on, from 1. */
    long line() {
        return recordLine;
    }

    /** The next record's cells, or null at the end of the text. */
    List<String> next() throws IOException {
        int c = read();
        if (c == -1) {
            return null;
        }
        recordLine = line;
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        while (true) {
            if (quoted) {
                if (c == -1) {
                    throw new UnreadableFile("The file ends inside a quoted cell (a quote opened on line " + recordLine + " is never closed).");
                }
                if (c == '"') {
                    int after = read();
                    if (after == '"') {
                        append(cell, '"');
                    } else {
                        quoted = false;
                        c = after;
                        continue;
                    }
                } else {
                    append(cell, (char) c);
                }
            } else if (c == '"' && cell.length() == 0 && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            } else if (c == delimiter) {
                add(cells, cell);
                wasQuoted = false;
            } else if (c == '\n' || c == '\r' || c == -1) {
                if (c == '\r') {
                    int after = read();
                    if (after != '\n') {
                        unread(after);
                    }
                }
                add(cells, cell);
                return cells;
            } else {
                append(cell, (char) c);
            }
            c = read();
        }
    }

    private void add(List<String> cells, StringBuilder cell) {
        if (cells.size() >= MAX_CELLS) {
            throw new UnreadableFile("Line " + recordLine + " has more than " + MAX_CELLS + " cells: check the delimiter.");
        }
        cells.add(cell.toString());
        cell.setLength(0);
    }

    private void append(StringBuilder cell, char c) {
        if (cell.length() >= MAX_CELL_CHARS) {
            throw new UnreadableFile("A cell on line " + recordLine + " is longer than " + MAX_CELL_CHARS + " characters.");
        }
        cell.append(c);
    }

    private int read() throws IOException {
        int c;
        if (pushedBack != -2) {
            c = pushedBack;
            pushedBack = -2;
        } else {
            c = nextChar();
        }
        if (c == '\n') {
            line++;
        }
        return c;
    }

    private int nextChar() throws IOException {
        if (next == end) {
            int read = in.read(block, 0, block.length);
            if (read <= 0) {
                return -1;
            }
            next = 0;
            end = read;
        }
        return block[next++];
    }

    private void unread(int c) {
        if (c == '\n') {
            line--;
        }
        pushedBack = c;
    }
}
