package org.cthub.integration.delivery.format;

import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonPointer;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.cthub.persistence.partner.XmlMapping;
import org.cthub.persistence.support.SharedJson;

/**
 * Renders the canonical JSON of a message as XML through a partner's {@link XmlMapping}. Values are written
 * by a StAX writer, which escapes them, so no value can add markup; characters XML 1.0 cannot carry
 * (control characters) become U+FFFD. A pointer that finds nothing or null leaves its target out; an array
 * of scalars repeats its element once per item (or, for an attribute, joins the items with spaces); an
 * object is not a value and is left out. Canonical fields that no pointer names are dropped.
 */
public final class MappedXml {

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private static final JsonProvider JSON = SharedJson.PROVIDER;

    private MappedXml() {
    }

    public static byte[] render(XmlMapping mapping, byte[] canonicalJson) {
        JsonStructure json;
        try (JsonReader reader = JSON.createReader(new ByteArrayInputStream(canonicalJson))) {
            json = reader.read();
        }
        XmlTree root = new XmlTree(mapping.rootElement());
        for (XmlMapping.Field field : mapping.fields()) {
            value(json, field.from()).ifPresent(value -> place(root, field.to(), value));
        }
        return write(root, mapping.namespace());
    }

    private static Optional<JsonValue> value(JsonStructure json, String pointer) {
        try {
            JsonPointer at = JSON.createPointer(pointer);
            return at.containsValue(json) ? Optional.of(at.getValue(json)) : Optional.empty();
        } catch (JsonException notThere) {
            // a pointer through a scalar or past an array's end finds nothing, as a missing field does
            return Optional.empty();
        }
    }

    private static void place(XmlTree root, String target, JsonValue value) {
        String[] steps = target.split("/");
        String last = steps[steps.length - 1];
        List<String> texts = texts(value);
        if (texts.isEmpty()) {
            return; // no empty parent elements for a value that is not there
        }
        XmlTree parent = root;
        for (int i = 0; i < steps.length - 1; i++) {
            parent = parent.child(steps[i]);
        }
        XmlTree owner = parent;
        if (last.startsWith("@")) {
            owner.attribute(last.substring(1), String.join(" ", texts));
        } else {
            texts.forEach(text -> owner.leaf(last, text));
        }
    }

    private static List<String> texts(JsonValue value) {
        List<String> texts = new ArrayList<>();
        if (value instanceof JsonArray array) {
            array.forEach(item -> scalar(item).ifPresent(texts::add));
        } else {
            scalar(value).ifPresent(texts::add);
        }
        return texts;
    }

    private static Optional<String> scalar(JsonValue value) {
        return switch (value.getValueType()) {
            case STRING -> Optional.of(((JsonString) value).getString());
            case NUMBER, TRUE, FALSE -> Optional.of(value.toString());
            case NULL, OBJECT, ARRAY -> Optional.empty();
        };
    }

    private static byte[] write(XmlTree root, String namespace) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            String ns = namespace == null ? "" : namespace;
            xml.setDefaultNamespace(ns);
            xml.writeStartElement(ns, root.name());
            if (!ns.isEmpty()) {
                xml.writeDefaultNamespace(ns);
            }
            root.writeContent(xml, ns);
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write the mapped XML: " + e.getClass().getSimpleName());
        }
        return out.toByteArray();
    }
}
