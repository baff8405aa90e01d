package org.cthub.deploy.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Akoma Ntoso documents for the legislation tests, made from the OASIS example bill (a copy of
 * shared/domain/standards/akn/example-bill.xml) by adding, removing and rewording articles through the DOM.
 */
public final class AknDocuments {

    public static final String NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";

    private final Document document;

    private AknDocuments(Document document) {
        this.document = document;
    }

    public static String exampleBillText() {
        try (InputStream in = AknDocuments.class.getResourceAsStream("/akn/example-bill.xml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static AknDocuments exampleBill() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            return new AknDocuments(factory.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(
                    exampleBillText().getBytes(StandardCharsets.UTF_8))));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Appends an article to the bill's first chapter. */
    public AknDocuments withArticle(String eId, String num, String heading, String text) {
        Element article = element("article");
        article.setAttribute("eId", eId);
        article.appendChild(element("num")).setTextContent(num);
        article.appendChild(element("heading")).setTextContent(heading);
        Element paragraph = element("paragraph");
        paragraph.setAttribute("eId", eId + "__para_1");
        article.appendChild(paragraph);
        Element content = element("content");
        paragraph.appendChild(content);
        content.appendChild(element("p")).setTextContent(text);
        document.getElementsByTagNameNS(NS, "chapter").item(0).appendChild(article);
        return this;
    }

    public AknDocuments withoutArticle(String eId) {
        Element article = article(eId);
        article.getParentNode().removeChild(article);
        return this;
    }

    /** Replaces the text of the article's first p. */
    public AknDocuments rewording(String eId, String text) {
        article(eId).getElementsByTagNameNS(NS, "p").item(0).setTextContent(text);
        return this;
    }

    /** Sets the FRBRExpression URIs, as a new expression of the same work would. */
    public AknDocuments asExpression(String suffix) {
        NodeList these = ((Element) document.getElementsByTagNameNS(NS, "FRBRExpression").item(0)).getElementsByTagNameNS(NS, "*");
        for (int i = 0; i < these.getLength(); i++) {
            Element e = (Element) these.item(i);
            if (e.getLocalName().equals("FRBRthis") || e.getLocalName().equals("FRBRuri")) {
                e.setAttribute("value", e.getAttribute("value").replace("eng@", "eng@" + suffix));
            }
        }
        return this;
    }

    /** Makes the document another work of the same country, type and date: the FRBR URIs take the given number. */
    public AknDocuments asWork(int number) {
        NodeList all = document.getElementsByTagNameNS(NS, "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (e.getLocalName().equals("FRBRnumber")) {
                e.setAttribute("value", Integer.toString(number));
            } else if (e.getLocalName().startsWith("FRBR") && e.hasAttribute("value")) {
                e.setAttribute("value", e.getAttribute("value").replace("/2001-05-12/3", "/2001-05-12/" + number));
            }
        }
        return this;
    }

    private static final AtomicInteger REVISIONS = new AtomicInteger();
    private static final AtomicInteger WORKS = new AtomicInteger(1000);

    /** The example bill as a work no test submitted before: its first version starts a draft of its own. */
    public static String freshWorkText() {
        return exampleBill().asWork(WORKS.getAndIncrement()).xml();
    }

    /** The example bill as a revision no test submitted before: a new expression (dated) of the same work. */
    public static String freshRevisionText() {
        return exampleBill().asExpression(LocalDate.of(2010, 1, 1).plusDays(REVISIONS.getAndIncrement()).toString()).xml();
    }

    public String xml() {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            TransformerFactory.newDefaultInstance().newTransformer().transform(new DOMSource(document), new StreamResult(out));
            return out.toString(StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Element article(String eId) {
        NodeList articles = document.getElementsByTagNameNS(NS, "article");
        for (int i = 0; i < articles.getLength(); i++) {
            Element article = (Element) articles.item(i);
            if (eId.equals(article.getAttribute("eId"))) {
                return article;
            }
        }
        throw new IllegalArgumentException("no article " + eId);
    }

    private Element element(String name) {
        return document.createElementNS(NS, name);
    }
}
