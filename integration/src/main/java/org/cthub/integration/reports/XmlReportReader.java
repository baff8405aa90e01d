package org.cthub.integration.reports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads an XML export one row at a time with the JDK's StAX parser: every child element of the root is a
 * row, and each of its child elements (by local name) or attributes ({@code @name}) a cell, which the
 * profile's columns name. Nothing of XML's reach outside the document works: a DOCTYPE is refused outright
 * (so no XXE and no entity expansion), no external entity or DTD is ever loaded, and rows nest no deeper.
 */
final class XmlReportReader {

    private XmlReportReader() {
    }

    static void read(Path file, ProfileDefinition profile, RowSink sink) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml = factory().createXMLStreamReader(in);
            try {
                rows(xml, profile, sink);
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            String message = String.valueOf(e.getMessage());
            throw new UnreadableFile(message.contains("DOCTYPE") || message.contains("DTD") || message.contains("entity")
                    ? "DOCTYPE declarations and entities are refused (no XXE, no entity expansion)."
                    : "The file is not well-formed XML (line " + (e.getLocation() == null ? "?" : e.getLocation().getLineNumber()) + ").");
        }
    }

    private static void rows(XMLStreamReader xml, ProfileDefinition profile, RowSink sink) throws XMLStreamException {
        int depth = 0;
        boolean headed = false;
        long number = 0;
        Map<String, String> cells = null;
        String cell = null;
        StringBuilder text = new StringBuilder();
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
                throw new UnreadableFile("DOCTYPE declarations and entities are refused (no XXE, no entity expansion).");
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                if (depth == 2) {
                    cells = new LinkedHashMap<>();
                    for (int i = 0; i < xml.getAttributeCount(); i++) {
                        cells.put(profile.key("@" + xml.getAttributeLocalName(i)), xml.getAttributeValue(i));
                    }
                } else if (depth == 3) {
                    cell = xml.getLocalName();
                    text.setLength(0);
                } else if (depth > 3) {
                    throw new UnreadableFile("Row " + (number + 1) + " nests elements in a cell: report rows are flat.");
                }
            } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) && depth == 3) {
                if (text.length() + xml.getTextLength() > CsvRecords.MAX_CELL_CHARS) {
                    throw new UnreadableFile("A cell of row " + (number + 1) + " is longer than " + CsvRecords.MAX_CELL_CHARS + " characters.");
                }
                text.append(xml.getText());
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if (depth == 3) {
                    cells.put(profile.key(cell), text.toString());
                    if (cells.size() > CsvRecords.MAX_CELLS) {
                        throw new UnreadableFile("Row " + (number + 1) + " has more than " + CsvRecords.MAX_CELLS + " cells.");
                    }
                } else if (depth == 2) {
                    if (!headed) {
                        sink.header(new ArrayList<>(cells.keySet()));
                        headed = true;
                    }
                    if (!sink.row(new SourceRow(++number, cells))) {
                        return;
                    }
                }
                depth--;
            }
        }
        if (!headed) {
            throw new UnreadableFile("The file has no rows (no child elements under its root).");
        }
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        return factory;
    }
}
