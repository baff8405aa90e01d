package org.cthub.integration.statistics;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/** Reads a field of a stored standard-form row as text: a string, or an integer's digits; null when absent. */
final class ReportFields {

    private ReportFields() {
    }

    static String text(JsonObject row, String field) {
        JsonValue value = row.get(field);
        if (value instanceof JsonString string) {
            return string.getString().isBlank() ? null : string.getString();
        }
        if (value instanceof JsonNumber number) {
            return number.isIntegral() ? Long.toString(number.longValueExact()) : number.toString();
        }
        return null;
    }
}
