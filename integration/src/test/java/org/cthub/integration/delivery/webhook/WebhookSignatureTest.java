package org.cthub.integration.delivery.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    private static final byte[] KEY = "a 32-byte key for the test vectr".getBytes(StandardCharsets.US_ASCII);
    private static final String SECRET = "whsec_" + Base64.getEncoder().encodeToString(KEY);
    private static final String ID = "msg_2KWPBgLlAfxdpx2AI54pPJ85f4W";
    private static final long TIMESTAMP = 1_674_087_231L;
    private static final byte[] BODY = "{\"type\":\"referral\",\"name\":\"Ana\"}".getBytes(StandardCharsets.UTF_8);

    /** Computed here with javax.crypto alone, as a receiver following the Standard Webhooks spec would. */
    private static String expected(byte[] key, String content) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return "v1," + Base64.getEncoder().encodeToString(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void signsIdTimestampAndBodyWithTheBytesTheSecretEncodes() throws Exception {
        String content = ID + "." + TIMESTAMP + "." + new String(BODY, StandardCharsets.UTF_8);
        assertThat(WebhookSignature.sign(SECRET, ID, TIMESTAMP, BODY)).isEqualTo(expected(KEY, content));
    }

    @Test
    void usesTheDecodedKeyNotTheSecretStringItself() throws Exception {
        String content = ID + "." + TIMESTAMP + "." + new String(BODY, StandardCharsets.UTF_8);
        assertThat(WebhookSignature.sign(SECRET, ID, TIMESTAMP, BODY))
                .isNotEqualTo(expected(SECRET.getBytes(StandardCharsets.US_ASCII), content))
                .isEqualTo(WebhookSignature.sign(Base64.getEncoder().encodeToString(KEY), ID, TIMESTAMP, BODY));
    }

    @Test
    void changesWithAnyByteOfTheBody() {
        byte[] tampered = "{\"type\":\"referral\",\"name\":\"Anb\"}".getBytes(StandardCharsets.UTF_8);
        assertThat(WebhookSignature.sign(SECRET, ID, TIMESTAMP, tampered)).isNotEqualTo(WebhookSignature.sign(SECRET, ID, TIMESTAMP, BODY));
    }
}
