package org.cthub.api.access;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** A 201 for new credentials: Location of the client, and never cached, since the body holds a secret. */
final class Created {

    private Created() {
    }

    static Response at(UriInfo uri, NewClientResponse created) {
        return TokenResponse.noStore(Response.created(uri.getBaseUriBuilder().path("clients").path(created.clientId()).build())
                        .type(MediaType.APPLICATION_JSON_TYPE)
                        .entity(created))
                .build();
    }
}
