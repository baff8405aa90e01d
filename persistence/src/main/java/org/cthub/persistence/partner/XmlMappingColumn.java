package org.cthub.persistence.partner;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.spi.JsonProvider;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.io.StringReader;
import java.util.List;
import org.cthub.persistence.support.SharedJson;

/** Stores an {@link XmlMapping} as the JSON document the API shows, so a reader of the column sees the same. */
@Converter
public class XmlMappingColumn implements AttributeConverter<XmlMapping, String> {

    private static final JsonProvider JSON = SharedJson.PROVIDER;

    @Override
    public String convertToDatabaseColumn(XmlMapping mapping) {
        if (mapping == null) {
            return null;
        }
        JsonArrayBuilder fields = JSON.createArrayBuilder();
        mapping.fields().forEach(f -> fields.add(JSON.createObjectBuilder().add("from", f.from()).add("to", f.to())));
        JsonObjectBuilder json = JSON.createObjectBuilder().add("rootElement", mapping.rootElement());
        if (mapping.namespace() != null) {
            json.add("namespace", mapping.namespace());
        }
        return json.add("fields", fields).build().toString();
    }

    @Override
    public XmlMapping convertToEntityAttribute(String stored) {
        if (stored == null || stored.isEmpty()) {
            return null;
        }
        try (JsonReader reader = JSON.createReader(new StringReader(stored))) {
            JsonObject json = reader.readObject();
            List<XmlMapping.Field> fields = json.getJsonArray("fields").getValuesAs(JsonObject.class).stream()
                    .map(f -> new XmlMapping.Field(f.getString("from"), f.getString("to"))).toList();
            return new XmlMapping(json.getString("rootElement"), json.getString("namespace", null), fields);
        }
    }
}
