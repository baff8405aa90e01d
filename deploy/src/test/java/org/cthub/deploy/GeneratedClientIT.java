package org.cthub.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.cthub.client.ApiClient;
import org.cthub.client.ApiException;
import org.cthub.client.api.AccessApi;
import org.cthub.client.api.OrganisationsApi;
import org.cthub.client.api.ReferralsApi;
import org.cthub.client.model.AssistanceType;
import org.cthub.client.model.PageOrganisationView;
import org.cthub.client.model.Referral;
import org.cthub.client.model.ReferralConsent;
import org.cthub.client.model.ReferralPerson;
import org.cthub.client.model.ReferralRequest;
import org.cthub.client.model.TokenResponse;
import org.cthub.deploy.support.Directory;
import org.cthub.deploy.support.Hub;
import org.cthub.deploy.support.HubExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An integrator's Java client, generated at build time from the contract alone (openapi-generator's {@code java}
 * generator, {@code native} library: java.net.http and Jackson), runs a real flow against the running hub: token,
 * create, read. If a schema in the contract disagreed with what the hub sends or accepts, the generated models
 * would fail to write the request or read the answer.
 */
@ExtendWith(HubExtension.class)
class GeneratedClientIT {

    @Test
    void obtainsATokenSubmitsAReferralAndReadsItBack(Hub hub) throws Exception {
        // the hub operator has registered both organisations and the sender's system and client (as README says)
        Directory directory = new Directory(hub);
        String sender = directory.activeOrganisation("ngo", "MD");
        String recipient = directory.activeOrganisation("ngo", "IT");
        directory.pullInboxSystem(recipient);
        Directory.Credentials credentials = directory.client(sender, "partner");

        ApiClient client = new ApiClient();
        client.updateBaseUri(hub.process().baseUri().toString());
        TokenResponse token = new AccessApi(client)
                .issueToken("client_credentials", credentials.clientId(), credentials.clientSecret());
        assertThat(token.getAccessToken()).isNotBlank();
        assertThat(token.getExpiresIn()).isPositive();
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token.getAccessToken()));

        ReferralsApi referrals = new ReferralsApi(client);
        UUID recipientId = UUID.fromString(recipient);
        OffsetDateTime now = OffsetDateTime.now();
        ReferralRequest request = new ReferralRequest()
                .referredOrganisation(recipientId)
                .assistanceTypes(List.of(AssistanceType.SHELTER))
                .urgency(ReferralRequest.UrgencyEnum.RAPID_RESPONSE)
                .currentCountry("IT")
                .currentPlace("Bari")
                .trmStage(ReferralRequest.TrmStageEnum.FIRST_ASSISTANCE_AND_PROTECTION)
                .purpose(ReferralRequest.PurposeEnum.ASSISTANCE_AND_PROTECTION)
                .person(new ReferralPerson().firstName("Ana").secondName("Example")
                        .gender(ReferralPerson.GenderEnum.FEMININE).citizenship(List.of("MD")))
                .consent(new ReferralConsent()
                        .givenBy(ReferralConsent.GivenByEnum.DATA_SUBJECT)
                        .givenAt(now.minusHours(1))
                        .recipients(List.of(recipientId))
                        .purpose(ReferralConsent.PurposeEnum.ASSISTANCE_AND_PROTECTION)
                        .validUntil(now.plusDays(30))
                        .evidenceReference("form 9"));

        Referral created = referrals.submitReferral(request, UUID.randomUUID().toString());
        assertThat(created.getId()).isNotNull();
        assertThat(created.getStatus()).isIn(Referral.StatusEnum.SUBMITTED, Referral.StatusEnum.DELIVERED);

        Referral read = referrals.getReferral(created.getId());
        assertThat(read.getReferringOrganisation()).isEqualTo(UUID.fromString(sender));
        assertThat(read.getReferredOrganisation()).isEqualTo(recipientId);
        assertThat(read.getAssistanceTypes()).containsExactly("shelter");
        assertThat(read.getConsent()).isNotNull();
        assertThat(read.getPerson().getFirstName()).as("the sender reads its own personal fields").isEqualTo("Ana");
        assertThat(read.getCaseId()).isNotBlank();

        PageOrganisationView organisations = new OrganisationsApi(client).listOrganisations(null, "IT", 0, 100, null, null);
        assertThat(organisations.getItems()).anySatisfy(o -> assertThat(o.getId()).isEqualTo(recipientId));
    }

    @Test
    void surfacesTheHubsProblemsAsApiExceptions(Hub hub) throws Exception {
        ApiClient client = new ApiClient();
        client.updateBaseUri(hub.process().baseUri().toString());

        ApiException wrongSecret = catchThrowableOfType(ApiException.class,
                () -> new AccessApi(client).issueToken("client_credentials", "no-such-client", "wrong"));
        assertThat(wrongSecret.getCode()).isEqualTo(401);
        assertThat(wrongSecret.getResponseBody()).contains("invalid_client").doesNotContain("no-such-client");

        Directory directory = new Directory(hub);
        String token = directory.token(directory.activeOrganisation("ngo", "AL"), "partner");
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        ApiException unknown = catchThrowableOfType(ApiException.class,
                () -> new ReferralsApi(client).getReferral(UUID.randomUUID()));
        assertThat(unknown.getCode()).isEqualTo(404);
        assertThat(unknown.getResponseHeaders().firstValue("content-type")).hasValue("application/problem+json");
    }
}
