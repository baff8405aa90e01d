package org.cthub.integration.reports;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cthub.persistence.reports.FileFormat;
import org.cthub.persistence.reports.ProfileLayout;
import org.cthub.persistence.support.Codes;
import org.cthub.persistence.support.SharedJson;

/** A profile's column mapping and value mappings as the JSON text they are stored as, and back. */
final class ProfileJson {

    private static final JsonProvider JSON = SharedJson.PROVIDER;

    private ProfileJson() {
    }

    static ProfileLayout layout(ProfileDetails details, ProfileDefinition checked) {
        return new ProfileLayout(checked.template().name(), checked.template().version(), checked.format(),
                checked.charset().name(), String.valueOf(checked.delimiter()), checked.sheetName(), checked.datePattern(),
                checked.thousandsSeparator(), write(details.columns()), writeNested(details.valueMappings()));
    }

    static ProfileDetails details(String name, ProfileLayout layout) {
        return new ProfileDetails(name, layout.templateName(), layout.templateVersion(), Codes.of(layout.format()),
                layout.encoding(), layout.delimiter(), layout.sheetName(), layout.dateFormat(), layout.thousandsSeparator(),
                read(layout.columnsJson()), readNested(layout.valueMappingsJson()));
    }

    static String write(Map<String, String> map) {
        JsonObjectBuilder object = JSON.createObjectBuilder();
        if (map != null) {
            map.forEach((key, value) -> object.add(key, value == null ? "" : value));
        }
        return object.build().toString();
    }

    static String writeNested(Map<String, Map<String, String>> map) {
        JsonObjectBuilder object = JSON.createObjectBuilder();
        if (map != null) {
            map.forEach((key, inner) -> object.add(key, JSON.createReader(new StringReader(write(inner))).readObject()));
        }
        return object.build().toString();
    }

    static Map<String, String> read(String json) {
        Map<String, String> map = new LinkedHashMap<>();
        parse(json).forEach((key, value) -> map.put(key, value instanceof JsonString s ? s.getString() : null));
        return map;
    }

    static Map<String, Map<String, String>> readNested(String json) {
        Map<String, Map<String, String>> map = new LinkedHashMap<>();
        parse(json).forEach((key, value) -> map.put(key, value.getValueType() == JsonValue.ValueType.OBJECT
                ? read(value.toString()) : Map.of()));
        return map;
    }

    private static JsonObject parse(String json) {
        try (JsonReader reader = JSON.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    static FileFormat format(String code) {
        return Codes.parse(FileFormat.class, code, "format");
    }
}
