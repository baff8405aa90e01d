package org.cthub.api.partner;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The OpenAPI schema of a role a country holds (origin, transit, destination). Only for the contract: the code travels as a string, and a list of codes names this class as its
 * item schema, so the allowed values sit on the items, not on the list.
 */
@Schema(name = "CountryRoleKind", type = SchemaType.STRING, example = "origin", enumeration = {"origin", "transit", "destination"})
public final class CountryRoleKindCode {

    private CountryRoleKindCode() {
    }
}
