package org.cthub.integration.delivery.format;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * An element being built from a mapping: its attributes and children in the order the mapping first names
 * them, so two fields under {@code Person/} share one {@code Person} element wherever they are listed, and
 * attributes are written before any child as XML requires.
 */
final class XmlTree {

    private final String name;
    private final String text;
    private final Map<String, String> attributes = new LinkedHashMap<>();
    private final List<XmlTree> children = new ArrayList<>();

    XmlTree(String name) {
        this(name, null);
    }

    private XmlTree(String name, String text) {
        this.name = name;
        this.text = text;
    }

    String name() {
        return name;
    }

    /** The child element that holds other elements, made on first use. */
    XmlTree child(String childName) {
        for (XmlTree child : children) {
            if (child.name.equals(childName) && child.text == null) {
                return child;
            }
        }
        XmlTree child = new XmlTree(childName);
        children.add(child);
        return child;
    }

    /** An element carrying a value; repeated when called again with the same name (array items). */
    void leaf(String childName, String value) {
        children.add(new XmlTree(childName, value));
    }

    void attribute(String attributeName, String value) {
        attributes.put(attributeName, value);
    }

    void writeContent(XMLStreamWriter xml, String namespace) throws XMLStreamException {
        for (Map.Entry<String, String> attribute : attributes.entrySet()) {
            xml.writeAttribute(attribute.getKey(), XmlText.clean(attribute.getValue()));
        }
        if (text != null) {
            xml.writeCharacters(XmlText.clean(text));
        }
        for (XmlTree child : children) {
            xml.writeStartElement(namespace, child.name);
            child.writeContent(xml, namespace);
            xml.writeEndElement();
        }
    }
}
