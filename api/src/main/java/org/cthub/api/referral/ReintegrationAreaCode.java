package org.cthub.api.referral;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The OpenAPI schema of an area of reintegration a follow-up report covers. Only for the contract: the code travels as a string, and a list of codes names this class as its
 * item schema, so the allowed values sit on the items, not on the list.
 */
@Schema(name = "ReintegrationArea", type = SchemaType.STRING, example = "housing", enumeration = {"housing", "employment", "education", "health", "family", "legal", "safety"})
public final class ReintegrationAreaCode {

    private ReintegrationAreaCode() {
    }
}
