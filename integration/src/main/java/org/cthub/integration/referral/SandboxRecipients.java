package org.cthub.integration.referral;

import org.cthub.persistence.partner.EchoPartner;
import org.cthub.persistence.partner.Organisation;
import org.cthub.persistence.support.RuleViolation;

/**
 * Referrals stay on their sender's side of the sandbox boundary: a sandbox organisation refers only to sandbox
 * organisations, a real one only to real ones. A recipient on the other side is refused exactly like an id the
 * directory does not know, so neither side learns which ids exist on the other.
 */
final class SandboxRecipients {

    private SandboxRecipients() {
    }

    static RuleViolation unknownRecipient(Organisation sender) {
        if (sender.isSandbox()) {
            return new RuleViolation("referredOrganisation", "referredOrganisation is not a sandbox organisation: sandbox "
                    + "credentials refer only to sandbox organisations, such as the echo partner " + EchoPartner.ORGANISATION
                    + " (GET /organisations lists those you can reach), or leave referredOrganisation out and the hub chooses "
                    + "among them. Nothing was stored or sent.");
        }
        return new RuleViolation("referredOrganisation", "referredOrganisation is not an organisation in the directory");
    }
}
