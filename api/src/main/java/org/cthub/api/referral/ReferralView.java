package org.cthub.api.referral;

import java.util.List;
import java.util.UUID;
import org.cthub.integration.referral.ReferralReading;
import org.cthub.persistence.referral.Referral;
import org.cthub.persistence.support.Codes;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A referral as one caller may see it. {@code person}, {@code currentPlace} and {@code summary} are present
 * only for the sender and for a recipient the consent covers; otherwise {@code personalDataWithheld} says why.
 */
@Schema(name = "Referral", example = """
        {
          "id": "7c9e6679-7425-40de-944b-e07fc1f90ae7",
          "caseId": "CASE-7K2M9QXR4T1B",
          "referringOrganisation": "5b9e2c71-3d4f-4e8a-b6c1-7f0a2d3e4b5c",
          "referredOrganisation": "3f6c1d2e-7a8b-4c9d-8e0f-1a2b3c4d5e6f",
          "routedBy": "sender",
          "focalPoint": "8d2f4b6a-1c3e-4f5a-9b7c-2e4d6f8a0b1c",
          "assistanceTypes": [
            "shelter",
            "medical"
          ],
          "urgency": "rapid-response",
          "urgent": true,
          "currentCountry": "IT",
          "destinationCountry": "MD",
          "trmStage": "first-assistance-and-protection",
          "purpose": "assistance-and-protection",
          "status": "accepted",
          "submittedAt": "2026-03-01T10:02:11Z",
          "statusChangedAt": "2026-03-01T13:40:00Z",
          "consent": {
            "givenBy": "data-subject",
            "givenAt": "2026-03-01T09:30:00Z",
            "recipients": [
              "3f6c1d2e-7a8b-4c9d-8e0f-1a2b3c4d5e6f"
            ],
            "recipientTypes": [
              "ngo"
            ],
            "purpose": "assistance-and-protection",
            "validUntil": "2026-09-01T00:00:00Z",
            "evidenceReference": "consent form 2026/017"
          },
          "person": {
            "firstName": "Ana",
            "secondName": "Example",
            "ageBand": "24--26",
            "gender": "feminine",
            "citizenship": [
              "MD"
            ],
            "primaryLanguage": "rum",
            "mobilePhone": "+37360000000"
          },
          "currentPlace": "Bari",
          "summary": "Stranded after leaving her employer; needs a safe place tonight.",
          "version": 2,
          "deliveries": [
            {
              "partnerSystemId": "0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0",
              "status": "delivered",
              "attempts": 1,
              "lastAttemptAt": "2026-03-01T10:02:13Z",
              "deliveredAt": "2026-03-01T10:02:13Z"
            }
          ],
          "answers": [
            {
              "answer": "accept",
              "at": "2026-03-01T13:40:00Z"
            }
          ]
        }
        """)
public record ReferralView(UUID id,
        @Schema(example = "CASE-7K2M9QXR4T1B", description = "The hub's pseudonym for the person's case") String caseId,
        @Schema(description = "cas_ReferringOrganisation") UUID referringOrganisation,
        @Schema(description = "cas_ReferredOrganisation") UUID referredOrganisation,
        @Schema(enumeration = {"sender", "service-directory"}, description = "Who chose the recipient: the sender by naming it, "
                + "or the hub from the service directory") String routedBy,
        @Schema(description = "The focal point of the person's country that got a copy (rapid response) or the escalation "
                + "(expiry): it reads the referral, personal fields only when the consent covers it, and does not answer it") UUID focalPoint,
        List<String> assistanceTypes, String urgency,
        @Schema(description = "True for a rapid response (urgency rapid-response): hours, not days") boolean urgent,
        String currentCountry, String destinationCountry, String trmStage,
        String purpose,
        @Schema(enumeration = {"submitted", "delivered", "accepted", "declined", "in-progress", "completed", "withdrawn",
                "expired"}, description = "expired: nobody answered within the time limit for its urgency") String status,
        @Schema(format = "date-time", description = "cas_OutgoingReferralDate") String submittedAt,
        @Schema(format = "date-time") String statusChangedAt,
        ConsentView consent,
        @Schema(description = "Why the personal fields are not in this response; absent when they are") String personalDataWithheld,
        PersonView person, String currentPlace, String summary, long version,
        @Schema(description = "Where the referral stands with each recipient system; for the sender and the hub operator only")
        List<RecipientDeliveryView> deliveries,
        @Schema(description = "Why the recipient declined, when it did (no personal data)") String declineReason,
        @Schema(description = "The recipient's answers, oldest first") List<AnswerView> answers) {

    static final String OPERATOR = "the hub operator sees metadata only";
    static final String ON_REQUEST = "read the referral (GET) for its personal fields";

    static ReferralView of(ReferralReading reading, String withheld) {
        Referral r = reading.referral();
        ReferralReading.Personal personal = reading.personal();
        return new ReferralView(r.id(), r.referralCase().pseudonym(), r.referringOrganisation(), r.referredOrganisation(),
                Codes.of(r.routedBy()), r.focalPoint().orElse(null),
                r.assistanceTypes().stream().map(Codes::of).sorted().toList(), Codes.of(r.urgency()), r.isUrgent(), r.currentCountry().value(),
                r.destinationCountry() == null ? null : r.destinationCountry().value(), Codes.of(r.trmStage()), Codes.of(r.purpose()),
                Codes.of(r.status()), r.submittedAt().toString(), r.statusChangedAt().toString(), ConsentView.of(reading),
                personal == null ? withheld : null,
                personal == null || personal.person() == null ? null : PersonView.of(personal.person()),
                personal == null ? null : personal.currentPlace(), personal == null ? null : personal.summary(), r.version(), null,
                r.declineReason(), AnswerView.of(r));
    }

    /** This view with the delivery status of each recipient system. */
    ReferralView withDeliveries(List<RecipientDeliveryView> statuses) {
        return new ReferralView(id, caseId, referringOrganisation, referredOrganisation, routedBy, focalPoint, assistanceTypes,
                urgency, urgent, currentCountry,
                destinationCountry, trmStage, purpose, status, submittedAt, statusChangedAt, consent, personalDataWithheld, person,
                currentPlace, summary, version, statuses, declineReason, answers);
    }

    /** A reading by a party: the withheld reason is the consent's. */
    public static ReferralView of(ReferralReading reading) {
        return of(reading, reading.access().reason());
    }
}
