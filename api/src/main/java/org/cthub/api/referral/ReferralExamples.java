package org.cthub.api.referral;

/** Example bodies for the contract, with made-up people only. */
final class ReferralExamples {

    static final String SHELTER = """
            {
              "referredOrganisation": "3f6c1d2e-7a8b-4c9d-8e0f-1a2b3c4d5e6f",
              "caseReference": "BARI-2026-0042",
              "assistanceTypes": ["shelter", "medical"],
              "urgency": "rapid-response",
              "currentCountry": "IT",
              "currentPlace": "Bari",
              "destinationCountry": "MD",
              "trmStage": "first-assistance-and-protection",
              "purpose": "assistance-and-protection",
              "summary": "Stranded after leaving her employer; needs a safe place tonight.",
              "person": {
                "firstName": "Ana", "secondName": "Example", "ageBand": "24--26", "gender": "feminine",
                "citizenship": ["MD"], "primaryLanguage": "rum", "mobilePhone": "+37360000000"
              },
              "consent": {
                "givenBy": "data-subject", "givenAt": "2026-03-01T09:30:00Z",
                "recipients": ["3f6c1d2e-7a8b-4c9d-8e0f-1a2b3c4d5e6f"], "recipientTypes": ["ngo"],
                "purpose": "assistance-and-protection", "validUntil": "2026-09-01T00:00:00Z",
                "evidenceReference": "consent form 2026/017"
              }
            }""";

    private ReferralExamples() {
    }
}
