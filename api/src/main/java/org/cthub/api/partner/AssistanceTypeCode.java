package org.cthub.api.partner;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The OpenAPI schema of an assistance type, as the service directory and referrals name it. Only for the contract: the code travels as a string, and a list of codes names this class as its
 * item schema, so the allowed values sit on the items, not on the list.
 */
@Schema(name = "AssistanceType", type = SchemaType.STRING, example = "shelter", enumeration = {"shelter", "medical", "psychosocial", "legal", "security", "return",
        "reintegration", "vocational-training", "job-referral", "subsidised-employment", "self-employment", "micro-credit",
        "sti-hiv-counselling"})
public final class AssistanceTypeCode {

    private AssistanceTypeCode() {
    }
}
