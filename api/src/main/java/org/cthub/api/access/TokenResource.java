package org.cthub.api.access;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.cthub.api.support.problem.Problem;
import org.cthub.api.support.security.BearerTokenFilter;
import org.cthub.integration.access.ClientAuthenticationFailed;
import org.cthub.integration.access.IssuingToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The OAuth2 token endpoint: client credentials in, a short-lived bearer token out. */
@RequestScoped
@Path(BearerTokenFilter.TOKEN_PATH)
@Tag(name = "Access", description = "Obtaining bearer tokens and managing API clients")
public class TokenResource {

    static final String CLIENT_CREDENTIALS = "client_credentials";

    @Inject
    IssuingToken issuingToken;

    @POST
    @PermitAll
    // No bearer token here: the client authenticates with HTTP Basic, or with the form fields (no scheme)
    @SecurityRequirementsSet(@SecurityRequirement(name = "clientBasic"))
    @SecurityRequirementsSet
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @Operation(operationId = "issueToken", summary = "Obtain a bearer token (OAuth2 client credentials grant)",
            description = "Authenticate with HTTP Basic (client id and secret) or with the client_id and client_secret"
                    + " form fields, never both. The token is a JWT to send as `Authorization: Bearer <token>` on every"
                    + " other call; request a new one when it expires (see expires_in).")
    @APIResponse(responseCode = "200", description = "The token",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TokenResponse.class)))
    @APIResponse(responseCode = "400", description = "invalid_request or unsupported_grant_type",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = TokenError.class)))
    @APIResponse(responseCode = "401", description = "invalid_client: unknown client, wrong secret or revoked client",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = TokenError.class)))
    public Response token(
            @Parameter(hidden = true) @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @Parameter(description = "Always client_credentials", required = true,
                    schema = @Schema(type = SchemaType.STRING, enumeration = CLIENT_CREDENTIALS))
            @FormParam("grant_type") String grantType,
            @Parameter(description = "The client id, when not using HTTP Basic") @FormParam("client_id") String clientId,
            @Parameter(description = "The client secret, when not using HTTP Basic") @FormParam("client_secret") String clientSecret) {
        try {
            if (grantType == null || grantType.isBlank()) {
                throw TokenRequestRefused.invalidRequest("Send grant_type=client_credentials.");
            }
            if (!CLIENT_CREDENTIALS.equals(grantType)) {
                throw TokenRequestRefused.unsupportedGrantType();
            }
            ClientCredentials credentials = ClientCredentials.from(authorization, clientId, clientSecret);
            TokenResponse token = TokenResponse.of(issuingToken.issue(credentials.clientId(), credentials.clientSecret()));
            return TokenResponse.noStore(Response.ok(token, MediaType.APPLICATION_JSON_TYPE)).build();
        } catch (TokenRequestRefused refused) {
            return TokenError.of(refused).toResponse();
        } catch (ClientAuthenticationFailed failed) {
            return TokenError.of(TokenRequestRefused.invalidClient()).toResponse();
        }
    }
}
