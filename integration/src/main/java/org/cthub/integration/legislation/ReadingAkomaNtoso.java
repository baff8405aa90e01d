package org.cthub.integration.legislation;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.cthub.persistence.legislation.DocumentType;
import org.cthub.persistence.legislation.DraftArticle;
import org.cthub.persistence.legislation.DraftMetadata;
import org.cthub.persistence.support.RuleViolation;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The Akoma Ntoso translator: parses a submitted document securely, validates it against the OASIS schema
 * and reads what the hub keeps of it: the FRBR work and expression URIs, country, language, title and
 * document type, and every article by eId. Pure: no database, no network.
 */
public final class ReadingAkomaNtoso {

    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    private ReadingAkomaNtoso() {
    }

    public static AkomaNtosoDraft read(byte[] bytes) {
        Document document = SecureXml.parse(bytes);
        Element root = document.getDocumentElement();
        if (!AknSchema.NAMESPACE.equals(root.getNamespaceURI()) || !"akomaNtoso".equals(root.getLocalName())) {
            throw new RuleViolation(SecureXml.FIELD, "Not an Akoma Ntoso 3.0 document: the root element must be akomaNtoso in namespace "
                    + AknSchema.NAMESPACE + ".");
        }
        refuseSchemaReferences(document);
        AknSchema.validate(document);
        Element top = firstChildElement(root);
        return new AkomaNtosoDraft(metadata(top), articles(top));
    }

    private static void refuseSchemaReferences(Document document) {
        NodeList all = document.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            if (element.hasAttributeNS(XSI, "schemaLocation") || element.hasAttributeNS(XSI, "noNamespaceSchemaLocation")) {
                throw new RuleViolation(SecureXml.FIELD, "External schema references (xsi:schemaLocation) are refused: "
                        + "the hub validates against its own copy of the Akoma Ntoso schema.");
            }
        }
    }

    private static DraftMetadata metadata(Element top) {
        Element work = required(top, "FRBRWork");
        Element expression = required(top, "FRBRExpression");
        String title = firstNonBlank(text(first(top, "docTitle")), attribute(first(work, "FRBRname"), "value"),
                attribute(first(work, "FRBRalias"), "value"));
        if (title == null) {
            throw new RuleViolation(SecureXml.FIELD, "The document has no title: give a docTitle or an FRBRname in FRBRWork.");
        }
        return new DraftMetadata(
                limited("FRBRWork/FRBRuri", attribute(required(work, "FRBRuri"), "value"), DraftMetadata.MAX_URI),
                limited("FRBRExpression/FRBRuri", attribute(required(expression, "FRBRuri"), "value"), DraftMetadata.MAX_URI),
                documentType(top),
                limited("FRBRcountry", attribute(required(work, "FRBRcountry"), "value"), DraftMetadata.MAX_CODE).toUpperCase(Locale.ROOT),
                limited("FRBRlanguage", attribute(required(expression, "FRBRlanguage"), "language"), DraftMetadata.MAX_CODE),
                limited("docTitle", title, DraftMetadata.MAX_TITLE));
    }

    /** bill and act by their element; a plan of action is a doc (or a collection) named so, e.g. name="planOfAction". */
    static DocumentType documentType(Element top) {
        String element = top.getLocalName();
        String name = top.getAttribute("name").toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        if ("bill".equals(element)) {
            return DocumentType.BILL;
        }
        if ("act".equals(element)) {
            return DocumentType.ACT;
        }
        if (name.contains("planofaction")) {
            return DocumentType.PLAN_OF_ACTION;
        }
        throw new RuleViolation(SecureXml.FIELD, "A draft is a bill, an act or a plan of action (a doc with name=\"planOfAction\"), not "
                + element + (name.isEmpty() ? "" : " named " + top.getAttribute("name")) + ".");
    }

    static List<DraftArticle> articles(Element top) {
        NodeList found = top.getElementsByTagNameNS(AknSchema.NAMESPACE, "article");
        List<DraftArticle> articles = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < found.getLength(); i++) {
            Element article = (Element) found.item(i);
            String eId = article.getAttribute("eId");
            if (eId.isBlank()) {
                throw new RuleViolation(SecureXml.FIELD, "Article " + (i + 1) + " has no eId: versions are compared article by article by eId.");
            }
            if (!seen.add(eId)) {
                throw new RuleViolation(SecureXml.FIELD, "Two articles have the eId " + limited("eId", eId, DraftArticle.MAX_EID) + ".");
            }
            articles.add(new DraftArticle(limited("eId", eId, DraftArticle.MAX_EID),
                    limited("num", text(child(article, "num")), DraftArticle.MAX_NUM),
                    limited("heading", text(child(article, "heading")), DraftArticle.MAX_HEADING),
                    limited("article text", normalised(article.getTextContent()), DraftArticle.MAX_TEXT)));
        }
        return articles;
    }

    /** Unicode NFC with every run of white space made one space, trimmed: layout changes are not changes. */
    static String normalised(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("\\s+", " ").strip();
    }

    private static String limited(String what, String value, int max) {
        if (value != null && value.length() > max) {
            throw new RuleViolation(SecureXml.FIELD, what + " is longer than " + max + " characters.");
        }
        return value;
    }

    private static Element required(Element scope, String name) {
        Element element = first(scope, name);
        if (element == null) {
            throw new RuleViolation(SecureXml.FIELD, "The document has no " + name + ".");
        }
        return element;
    }

    private static Element first(Element scope, String name) {
        NodeList found = scope.getElementsByTagNameNS(AknSchema.NAMESPACE, name);
        return found.getLength() == 0 ? null : (Element) found.item(0);
    }

    private static Element child(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && AknSchema.NAMESPACE.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }

    private static Element firstChildElement(Element parent) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                return e;
            }
        }
        throw new RuleViolation(SecureXml.FIELD, "The akomaNtoso element holds no document.");
    }

    private static String attribute(Element element, String name) {
        if (element == null || element.getAttribute(name).isBlank()) {
            return null;
        }
        return element.getAttribute(name).strip();
    }

    private static String text(Element element) {
        if (element == null) {
            return null;
        }
        String text = normalised(element.getTextContent());
        return text.isEmpty() ? null : text;
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }
}
