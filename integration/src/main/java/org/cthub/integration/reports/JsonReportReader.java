package org.cthub.integration.reports;

import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cthub.persistence.support.SharedJson;

/**
 * Reads a JSON array of flat objects, one object at a time with the streaming parser: each object is a row
 * (numbered from 1), its property names are the column keys. Nested values are refused, since a report row
 * is flat. JSON is UTF-8 (RFC 8259), whatever the profile's encoding.
 */
final class JsonReportReader {

    private static final JsonProvider JSON = SharedJson.PROVIDER;

    private JsonReportReader() {
    }

    static void read(Path file, ProfileDefinition profile, RowSink sink) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
        try (InputStream bytes = Files.newInputStream(file); Reader text = new InputStreamReader(bytes, decoder);
                JsonParser parser = JSON.createParser(text)) {
            if (!parser.hasNext()) {
                throw new UnreadableFile("The file is empty.");
            }
            if (parser.next() != JsonParser.Event.START_ARRAY) {
                throw new UnreadableFile("The file is not a JSON array of rows.");
            }
            boolean headed = false;
            long number = 0;
            while (parser.hasNext()) {
                JsonParser.Event event = parser.next();
                if (event == JsonParser.Event.END_ARRAY) {
                    return;
                }
                if (event != JsonParser.Event.START_OBJECT) {
                    throw new UnreadableFile("Row " + (number + 1) + " is not a JSON object.");
                }
                Map<String, String> cells = cells(parser.getObject(), profile, number + 1);
                if (!headed) {
                    sink.header(new ArrayList<>(cells.keySet()));
                    headed = true;
                }
                if (!sink.row(new SourceRow(++number, cells))) {
                    return;
                }
            }
            throw new UnreadableFile("The JSON array is never closed (the file is truncated).");
        } catch (JsonParsingException e) {
            throw new UnreadableFile("The file is not well-formed JSON (line " + e.getLocation().getLineNumber() + ").");
        } catch (JsonException e) {
            throw new UnreadableFile("The file is not valid UTF-8 JSON.");
        }
    }

    private static Map<String, String> cells(JsonObject object, ProfileDefinition profile, long number) {
        if (object.size() > CsvRecords.MAX_CELLS) {
            throw new UnreadableFile("Row " + number + " has more than " + CsvRecords.MAX_CELLS + " properties.");
        }
        Map<String, String> cells = new LinkedHashMap<>();
        object.forEach((name, value) -> cells.put(profile.key(name), text(value, number)));
        return cells;
    }

    private static String text(JsonValue value, long number) {
        return switch (value.getValueType()) {
            case STRING -> ((JsonString) value).getString();
            case NUMBER -> ((JsonNumber) value).isIntegral() ? ((JsonNumber) value).bigIntegerValue().toString() : value.toString();
            case TRUE -> "true";
            case FALSE -> "false";
            case NULL -> "";
            default -> throw new UnreadableFile("Row " + number + " holds a nested value: report rows are flat.");
        };
    }

}
