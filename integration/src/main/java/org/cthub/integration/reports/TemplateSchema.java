package org.cthub.integration.reports;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.cthub.persistence.support.SharedJson;

/** Reads a bundled template schema into its fields. Only bundled files are read: nothing is loaded over a network. */
final class TemplateSchema {

    private static final JsonProvider JSON = SharedJson.PROVIDER;

    private static final String FOLDER = "templates/";

    private TemplateSchema() {
    }

    static ReportTemplate bundled(String name, int version) {
        String resource = FOLDER + name + "-v" + version + ".schema.json";
        try (InputStream in = TemplateSchema.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("template not bundled: " + resource);
            }
            return read(name, version, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("template unreadable: " + resource, e);
        }
    }

    static ReportTemplate read(String name, int version, String schema) {
        JsonObject root;
        try (JsonReader reader = JSON.createReader(new StringReader(schema))) {
            root = reader.readObject();
        }
        Set<String> required = new java.util.HashSet<>();
        root.getJsonArray("required").forEach(value -> required.add(((JsonString) value).getString()));
        List<TemplateField> fields = new ArrayList<>();
        root.getJsonObject("properties").forEach((field, definition) ->
                fields.add(field(field, definition.asJsonObject(), required.contains(field))));
        return new ReportTemplate(name, version, root.getString("title"), schema, List.copyOf(fields));
    }

    private static TemplateField field(String name, JsonObject definition, boolean required) {
        List<String> codes = new ArrayList<>();
        JsonArray values = definition.getJsonArray("enum");
        if (values != null) {
            values.forEach(value -> codes.add(value instanceof JsonString s ? s.getString() : value.toString()));
        }
        return new TemplateField(name, definition.getString("type", "string"), definition.getString("format", null),
                List.copyOf(codes), definition.containsKey("pattern") ? Pattern.compile(definition.getString("pattern")) : null,
                number(definition, "minimum"), number(definition, "maximum"), required,
                definition.getBoolean("readOnly", false), definition.getString("description", null), definition.getString("x-hxl", null));
    }

    private static Long number(JsonObject definition, String keyword) {
        JsonValue value = definition.get(keyword);
        return value instanceof JsonNumber n ? n.longValue() : null;
    }
}
