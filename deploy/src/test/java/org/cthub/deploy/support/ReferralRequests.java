package org.cthub.deploy.support;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The body of a typical referral, as the ITs submit it: a stranded Moldovan woman in Bari needing shelter. */
public final class ReferralRequests {

    private ReferralRequests() {
    }

    /** A rapid-response shelter referral to the recipient, with consent covering it for 30 days; mutable. */
    public static Map<String, Object> shelterReferral(String recipient, String firstName) {
        Map<String, Object> body = new HashMap<>();
        body.put("referredOrganisation", recipient);
        body.put("assistanceTypes", List.of("shelter"));
        body.put("urgency", "rapid-response");
        body.put("currentCountry", "IT");
        body.put("currentPlace", "Bari");
        body.put("trmStage", "first-assistance-and-protection");
        body.put("purpose", "assistance-and-protection");
        body.put("person", Map.of("firstName", firstName, "secondName", "Example", "gender", "feminine", "citizenship", List.of("MD")));
        body.put("consent", consentFor(recipient));
        return body;
    }

    /** The person's consent to share with the recipient for assistance and protection, given an hour ago. */
    public static Map<String, Object> consentFor(String recipient) {
        Instant now = Instant.now();
        return Map.of("givenBy", "data-subject", "givenAt", now.minusSeconds(3600).toString(), "recipients", List.of(recipient),
                "purpose", "assistance-and-protection", "validUntil", now.plus(Duration.ofDays(30)).toString(),
                "evidenceReference", "form 9");
    }
}
