package org.cthub.integration.legislation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import javax.xml.XMLConstants;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.cthub.persistence.support.RuleViolation;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;

/**
 * The OASIS Akoma Ntoso 3.0 schema, compiled once from the copy bundled on the class path. Its one import
 * ({@code xml.xsd}) is served from the bundle too; any other schema reference, in the schema or in a
 * submitted document, is refused rather than fetched.
 */
final class AknSchema {

    static final String NAMESPACE = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";
    private static final String XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace";
    private static final Schema SCHEMA = compile();

    private AknSchema() {
    }

    /** Refuses a document the schema does not accept, naming the schema's first complaint. */
    static void validate(Document document) {
        try {
            Validator validator = SCHEMA.newValidator();
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.setResourceResolver((type, namespace, publicId, systemId, baseUri) -> {
                throw new IllegalStateException("schema references in documents are not followed");
            });
            validator.validate(new DOMSource(document));
        } catch (SAXException e) {
            throw new RuleViolation(SecureXml.FIELD, "The document is not valid Akoma Ntoso 3.0: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Schema compile() {
        try (InputStream main = resource("akomantoso30.xsd")) {
            SchemaFactory factory = SchemaFactory.newDefaultInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setResourceResolver((type, namespace, publicId, systemId, baseUri) -> {
                if (!XML_NAMESPACE.equals(namespace)) {
                    throw new IllegalStateException("only the bundled xml.xsd is served, not " + systemId);
                }
                return new BundledInput(resource("xml.xsd"));
            });
            return factory.newSchema(new StreamSource(main));
        } catch (SAXException | IOException e) {
            throw new IllegalStateException("the bundled Akoma Ntoso schema does not compile", e);
        }
    }

    private static InputStream resource(String name) {
        InputStream stream = AknSchema.class.getResourceAsStream("/akn/" + name);
        if (stream == null) {
            throw new IllegalStateException("akn/" + name + " is missing from the class path");
        }
        return stream;
    }
}
