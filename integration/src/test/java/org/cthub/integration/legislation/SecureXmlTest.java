package org.cthub.integration.legislation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.cthub.persistence.support.RuleViolation;
import org.junit.jupiter.api.Test;

class SecureXmlTest {

    private static void parse(String xml) {
        SecureXml.parse(xml.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void refusesAnXxePayload() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE foo [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><foo>&xxe;</foo>";
        assertThatThrownBy(() -> parse(xxe)).isInstanceOf(RuleViolation.class).hasMessageContaining("DOCTYPE");
    }

    @Test
    void refusesTheBillionLaughs() {
        StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10)).append("\">");
        }
        String laughs = dtd.append("]><lolz>&lol9;</lolz>").toString();
        assertThatThrownBy(() -> parse(laughs)).isInstanceOf(RuleViolation.class).hasMessageContaining("DOCTYPE");
    }

    @Test
    void refusesAnExternalDtd() {
        assertThatThrownBy(() -> parse("<!DOCTYPE foo SYSTEM \"http://attacker.example/x.dtd\"><foo/>"))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("DOCTYPE");
    }

    @Test
    void refusesNestingDeeperThanTheLimit() {
        String deep = "<a>".repeat(SecureXml.MAX_DEPTH + 5) + "</a>".repeat(SecureXml.MAX_DEPTH + 5);
        assertThatThrownBy(() -> parse(deep)).isInstanceOf(RuleViolation.class).hasMessageContaining("nested deeper");
    }

    @Test
    void acceptsNestingUpToTheLimit() {
        parse("<a>".repeat(SecureXml.MAX_DEPTH) + "</a>".repeat(SecureXml.MAX_DEPTH));
    }

    @Test
    void refusesWhatIsNotXml() {
        assertThatThrownBy(() -> parse("{\"title\": \"not xml\"}")).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("not well-formed XML");
    }

    @Test
    void leavesAnXIncludeUnprocessed() {
        assertThat(SecureXml.parse(("<a xmlns:xi=\"http://www.w3.org/2001/XInclude\"><xi:include href=\"file:///etc/passwd\" parse=\"text\"/></a>")
                .getBytes(StandardCharsets.UTF_8)).getDocumentElement().getTextContent()).isEmpty();
    }
}
