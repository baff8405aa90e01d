package org.cthub.api.partner;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The OpenAPI schema of a kind of organisation in the partner directory. Only for the contract: the code travels as a string, and a list of codes names this class as its
 * item schema, so the allowed values sit on the items, not on the list.
 */
@Schema(name = "OrganisationType", type = SchemaType.STRING, example = "ngo", enumeration = {"government", "ngo", "international-organisation", "working-group-secretariat"})
public final class OrganisationTypeCode {

    private OrganisationTypeCode() {
    }
}
