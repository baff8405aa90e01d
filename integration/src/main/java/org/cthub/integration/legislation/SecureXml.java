package org.cthub.integration.legislation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.cthub.persistence.support.RuleViolation;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Parses untrusted XML with the JDK's own parser (not whatever the server puts on the class path) so that
 * none of XML's ways of reaching outside the document work: a DOCTYPE is refused outright, which rules out
 * XXE and entity expansion (billion laughs), nothing external is ever loaded, XInclude is off, and nesting
 * deeper than {@link #MAX_DEPTH} is refused. Every refusal is a 422 that names what was refused.
 */
public final class SecureXml {

    static final int MAX_DEPTH = 100;
    static final String FIELD = "document";

    private SecureXml() {
    }

    public static Document parse(byte[] bytes) {
        try {
            DocumentBuilder builder = factory().newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler() {
                @Override
                public void error(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entity");
            });
            return builder.parse(new ByteArrayInputStream(bytes));
        } catch (SAXParseException e) {
            throw refusal(e);
        } catch (SAXException | IOException e) {
            throw new RuleViolation(FIELD, "The document is not well-formed XML.");
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK parser refuses a secure setting", e);
        }
    }

    private static RuleViolation refusal(SAXParseException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("DOCTYPE")) {
            return new RuleViolation(FIELD, "DOCTYPE declarations are refused: no DTDs, entities or external entities (XXE) are accepted.");
        }
        if (message.contains("maxElementDepth") || message.contains("depth")) {
            return new RuleViolation(FIELD, "The document is nested deeper than " + MAX_DEPTH + " elements.");
        }
        if (message.contains("entit")) {
            return new RuleViolation(FIELD, "Entity references other than the predefined ones are refused.");
        }
        return new RuleViolation(FIELD, "The document is not well-formed XML (line " + e.getLineNumber() + ", column "
                + e.getColumnNumber() + ").");
    }

    private static DocumentBuilderFactory factory() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setAttribute("jdk.xml.maxElementDepth", MAX_DEPTH);
        return factory;
    }
}
