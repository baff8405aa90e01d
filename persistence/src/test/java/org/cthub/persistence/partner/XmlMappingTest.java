package org.cthub.persistence.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.cthub.persistence.support.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class XmlMappingTest {

    private static final String NS = "urn:example:ngo:referral:1";

    private static XmlMapping mapping(XmlMapping.Field... fields) {
        return new XmlMapping("Referral", NS, List.of(fields));
    }

    private static XmlMapping.Field field(String from, String to) {
        return new XmlMapping.Field(from, to);
    }

    @Test
    void acceptsElementsNestedElementsAndAttributes() {
        XmlMapping mapping = mapping(field("/messageId", "@messageId"), field("/payload/caseId", "CaseNumber"),
                field("/payload/person/firstName", "Person/FirstName"), field("/payload/person/gender", "Person/@gender"),
                field("/payload/a~1b/c~0d", "Odd"));
        assertThat(mapping.fields()).hasSize(5);
        assertThat(mapping.toString()).startsWith("Referral(5 fields, sha256:");
    }

    @ParameterizedTest
    @ValueSource(strings = {"payload/caseId", "", "/payload/~2", "/payload/~"})
    void refusesPointersThatAreNotRfc6901(String pointer) {
        assertThatThrownBy(() -> mapping(field(pointer, "CaseNumber"))).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("JSON Pointer");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1Case", "Case Number", "ns:Case", "xmlCase", "Case/", "/Case", "@a/B", "Case<x>", "A/B/C/D/E/F/G/H/I"})
    void refusesTargetsThatAreNotXmlNames(String target) {
        assertThatThrownBy(() -> mapping(field("/payload/caseId", target))).isInstanceOf(RuleViolation.class);
    }

    @Test
    void refusesATargetMappedTwice() {
        assertThatThrownBy(() -> mapping(field("/payload/caseId", "Case"), field("/payload/id", "Case")))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("twice");
    }

    @Test
    void refusesAnElementThatIsBothAValueAndAParent() {
        assertThatThrownBy(() -> mapping(field("/payload/person", "Person"), field("/payload/person/firstName", "Person/FirstName")))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("both");
    }

    @Test
    void letsAnElementCarryAValueAndAnAttribute() {
        assertThat(mapping(field("/payload/caseId", "Case"), field("/payload/id", "Case/@id")).fields()).hasSize(2);
    }

    @Test
    void refusesBadRootsNamespacesAndEmptyFieldLists() {
        assertThatThrownBy(() -> new XmlMapping("xml-root", NS, List.of(field("/a", "A")))).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> new XmlMapping(null, NS, List.of(field("/a", "A")))).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> new XmlMapping("R", "not a uri", List.of(field("/a", "A")))).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> new XmlMapping("R", "relative/path", List.of(field("/a", "A")))).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> new XmlMapping("R", "http://www.w3.org/2000/xmlns/", List.of(field("/a", "A")))).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> new XmlMapping("R", NS, List.of())).isInstanceOf(RuleViolation.class);
        assertThat(new XmlMapping("R", null, List.of(field("/a", "A"))).namespace()).isNull();
    }

    @Test
    void survivesTheColumnUnchanged() {
        XmlMapping mapping = mapping(field("/messageId", "@messageId"), field("/payload/person/firstName", "Person/FirstName"));
        XmlMappingColumn column = new XmlMappingColumn();
        assertThat(column.convertToEntityAttribute(column.convertToDatabaseColumn(mapping))).isEqualTo(mapping);
        assertThat(column.convertToDatabaseColumn(null)).isNull();
    }

    @Test
    void usesTheMappingOnlyWhenTheFormatsPreferXml() {
        PartnerSystem system = PartnerSystem.pullInbox(UUID.randomUUID(), "Case system", List.of("application/xml", "application/json"));
        assertThat(system.prefersMappedXml()).as("no mapping: canonical JSON").isFalse();
        system.mapXml(mapping(field("/payload/caseId", "CaseNumber")));
        assertThat(system.prefersMappedXml()).isTrue();
        system.acceptFormats(List.of("application/json", "application/xml"));
        assertThat(system.prefersMappedXml()).isFalse();
        system.acceptFormats(List.of("text/csv", "text/xml"));
        assertThat(system.prefersMappedXml()).isTrue();
    }
}
