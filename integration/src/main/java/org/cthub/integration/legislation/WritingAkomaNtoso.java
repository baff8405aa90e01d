package org.cthub.integration.legislation;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.cthub.persistence.legislation.DocumentType;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Writes the basic Akoma Ntoso 3.0 document of a Word draft: the FRBR identification from the submitted
 * metadata, the title in the preface, and the body from the paragraphs. Heading 1 starts a chapter (chp_N),
 * a deeper heading a section (sec_N, inside the current chapter), an article heading an article (art_N, in the
 * current chapter or section); body text belongs to the current article, else to the current chapter's or
 * section's intro, else (before any heading) to the preamble.
 */
final class WritingAkomaNtoso {

    private final Document document;
    private Element body;
    private Element container;
    private Element article;
    private Element preamble;
    private int chapters;
    private int sections;

    private WritingAkomaNtoso(Document document) {
        this.document = document;
    }

    static byte[] write(FileDraftMetadata metadata, List<WordBlock> blocks, LocalDate today) {
        WritingAkomaNtoso writer = new WritingAkomaNtoso(newDocument());
        writer.build(metadata, blocks, today);
        return writer.serialised();
    }

    private void build(FileDraftMetadata metadata, List<WordBlock> blocks, LocalDate today) {
        Element root = document.createElementNS(AknSchema.NAMESPACE, "akomaNtoso");
        document.appendChild(root);
        Element top = append(root, metadata.aknElement());
        top.setAttribute("name", metadata.documentType() == DocumentType.PLAN_OF_ACTION ? FileDraftMetadata.PLAN_OF_ACTION
                : metadata.aknElement());
        top.appendChild(FrbrIdentification.meta(document, metadata, today));
        Element longTitle = append(append(top, "preface"), "longTitle");
        append(append(longTitle, "p"), "docTitle").setTextContent(metadata.title());
        preamble = append(top, "preamble");
        body = append(top, metadata.documentType() == DocumentType.PLAN_OF_ACTION ? "mainBody" : "body");
        container = body;
        blocks.forEach(this::add);
        if (!preamble.hasChildNodes()) {
            top.removeChild(preamble);
        }
    }

    private void add(WordBlock block) {
        WordBlock.Article start = block.article();
        if (start != null) {
            article = hierarchy(container, "article", start.eId(), start.num(), start.heading());
        } else if (block.headingLevel() == 1) {
            container = hierarchy(body, "chapter", "chp_" + ++chapters, null, block.text());
            article = null;
        } else if (block.isHeading()) {
            Element chapter = "chapter".equals(container.getLocalName()) ? container
                    : container.getParentNode() instanceof Element parent && "chapter".equals(parent.getLocalName()) ? parent : body;
            container = hierarchy(chapter, "section", "sec_" + ++sections, null, block.text());
            article = null;
        } else if (article != null) {
            paragraph(child(article, "content"), block.text());
        } else if (container != body) {
            paragraph(child(container, "intro"), block.text());
        } else {
            paragraph(preamble, block.text());
        }
    }

    private Element hierarchy(Element parent, String name, String eId, String num, String heading) {
        Element element = append(parent, name);
        element.setAttribute("eId", eId);
        if (num != null) {
            append(element, "num").setTextContent(num);
        }
        if (heading != null) {
            append(element, "heading").setTextContent(heading);
        }
        return element;
    }

    /** The element's child of that name (content, intro), made on first use. */
    private Element child(Element parent, String name) {
        Element last = parent.getLastChild() instanceof Element element ? element : null;
        return last != null && name.equals(last.getLocalName()) ? last : append(parent, name);
    }

    private void paragraph(Element parent, String text) {
        append(parent, "p").setTextContent(text);
    }

    private Element append(Element parent, String name) {
        return (Element) parent.appendChild(document.createElementNS(AknSchema.NAMESPACE, name));
    }

    private static Document newDocument() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK cannot make an empty DOM", e);
        }
    }

    private byte[] serialised() {
        try {
            Transformer transformer = TransformerFactory.newDefaultInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.setOutputProperty(OutputKeys.INDENT, "yes");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            transformer.transform(new DOMSource(document), new StreamResult(out));
            return out.toByteArray();
        } catch (TransformerException e) {
            throw new IllegalStateException("the JDK cannot serialise a DOM", e);
        }
    }
}
