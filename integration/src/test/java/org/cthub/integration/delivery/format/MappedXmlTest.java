package org.cthub.integration.delivery.format;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.cthub.persistence.partner.XmlMapping;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The example format end to end: a canonical referral message (as the API renders it, with markup, quotes,
 * a CDATA terminator and a control character in personal fields) through the shipped example mapping gives
 * XML that the shipped XSD accepts, with every value intact and nothing injected.
 */
class MappedXmlTest {

    private static final String NS = "urn:cthub:example:referral:1";

    @Test
    void rendersAReferralThroughTheExampleMappingAsXmlValidAgainstTheExampleXsd() throws Exception {
        byte[] xml = MappedXml.render(exampleMapping(), resource("referral-message.json"));
        validate(xml);
        Element root = parse(xml).getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo(NS);
        assertThat(root.getLocalName()).isEqualTo("Referral");
        assertThat(root.getAttribute("messageId")).isEqualTo("3f1c2b9e-8a7d-4e21-9b6f-0c1d2e3f4a5b");
        assertThat(text(root, "CaseNumber")).isEqualTo("CASE-7K2M9QXR4T1B");
        assertThat(texts(root, "Type")).containsExactly("return", "shelter");
        assertThat(text(root, "FirstName")).isEqualTo("Ana <b>&amp; \"Maria\"");
        assertThat(text(root, "SecondName")).isEqualTo("Example\uFFFD");
        assertThat(text(root, "CurrentPlace")).isEqualTo("Bari ]]> <![CDATA[");
        assertThat(texts(root, "Citizenship")).containsExactly("MD", "RO");
        assertThat(((Element) root.getElementsByTagNameNS(NS, "Person").item(0)).getAttribute("gender")).isEqualTo("feminine");
        assertThat(root.getElementsByTagNameNS(NS, "b").getLength()).as("no markup from values").isZero();
        assertThat(root.getElementsByTagNameNS(NS, "WithdrawnAt").getLength()).as("absent value, absent element").isZero();
        assertThat(root.getElementsByTagNameNS(NS, "Summary").getLength()).isEqualTo(1);
    }

    @Test
    void dropsWhatTheMappingDoesNotNameAndLeavesOutMissingValues() throws Exception {
        XmlMapping mapping = new XmlMapping("Message", null, List.of(new XmlMapping.Field("/payload/caseId", "Case"),
                new XmlMapping.Field("/payload/nothing/here", "Missing/Deep"), new XmlMapping.Field("/payload/consent", "Consent"),
                new XmlMapping.Field("/payload/assistanceTypes", "@types")));
        String xml = new String(MappedXml.render(mapping, resource("referral-message.json")), StandardCharsets.UTF_8);
        assertThat(xml).isEqualTo("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Message types=\"return shelter\">"
                + "<Case>CASE-7K2M9QXR4T1B</Case></Message>");
    }

    @Test
    void escapesQuotesInAttributes() throws Exception {
        XmlMapping mapping = new XmlMapping("M", "urn:x", List.of(new XmlMapping.Field("/payload/person/firstName", "@name")));
        Element root = parse(MappedXml.render(mapping, resource("referral-message.json"))).getDocumentElement();
        assertThat(root.getAttribute("name")).isEqualTo("Ana <b>&amp; \"Maria\"");
        assertThat(root.getAttributes().getLength()).as("only name and xmlns").isEqualTo(2);
    }

    static XmlMapping exampleMapping() throws IOException {
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(resource("referral-v1.mapping.json")))) {
            JsonObject json = reader.readObject();
            return new XmlMapping(json.getString("rootElement"), json.getString("namespace"),
                    json.getJsonArray("fields").getValuesAs(JsonObject.class).stream()
                            .map(f -> new XmlMapping.Field(f.getString("from"), f.getString("to"))).toList());
        }
    }

    /** Secure processing on, no external DTD or schema access: the XSD is read from the classpath only. */
    static void validate(byte[] xml) throws Exception {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        Validator validator = factory.newSchema(new StreamSource(new ByteArrayInputStream(resource("referral-v1.xsd")))).newValidator();
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        validator.validate(new StreamSource(new ByteArrayInputStream(xml)));
    }

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static String text(Element root, String name) {
        return root.getElementsByTagNameNS(NS, name).item(0).getTextContent();
    }

    private static List<String> texts(Element root, String name) {
        var nodes = root.getElementsByTagNameNS(NS, name);
        return java.util.stream.IntStream.range(0, nodes.getLength()).mapToObj(i -> nodes.item(i).getTextContent()).toList();
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = MappedXmlTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }
}
