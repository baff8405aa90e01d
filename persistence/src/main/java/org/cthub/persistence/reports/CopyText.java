package org.cthub.persistence.reports;

import java.nio.charset.StandardCharsets;

/**
 * Rows in the text format of PostgreSQL's COPY: values separated by tabs, rows ended by a line break, and in
 * a value the backslash, tab, line feed and carriage return written as backslash escapes, so any text goes
 * in as it is (no value is ever NULL here). Taken in chunks of about {@value #CHUNK} characters, UTF-8 encoded.
 */
final class CopyText {

    static final int CHUNK = 64 * 1024;

    private final StringBuilder text = new StringBuilder(CHUNK + 1024);

    CopyText value(long number) {
        text.append(number).append('\t');
        return this;
    }

    CopyText value(String value) {
        escaped(value);
        text.append('\t');
        return this;
    }

    CopyText lastValue(String value) {
        escaped(value);
        text.append('\n');
        return this;
    }

    private void escaped(String value) {
        if (!needsEscapes(value)) {
            text.append(value);
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                default -> text.append(c);
            }
        }
    }

    private static boolean needsEscapes(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' || c == '\t' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }

    boolean isFull() {
        return text.length() >= CHUNK;
    }

    /** The lines written since the last take, as UTF-8 (the connection's client encoding). */
    byte[] take() {
        byte[] chunk = text.toString().getBytes(StandardCharsets.UTF_8);
        text.setLength(0);
        return chunk;
    }
}
