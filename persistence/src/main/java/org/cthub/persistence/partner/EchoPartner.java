package org.cthub.persistence.partner;

import java.util.UUID;

/**
 * The built-in sandbox partner, seeded by migration V16 with these fixed ids (documented for integrators): it
 * accepts every sandbox referral it receives, from inside the hub, and offers every assistance type everywhere.
 */
public final class EchoPartner {

    public static final UUID ORGANISATION = UUID.fromString("10000000-0000-4000-8000-0000000000ec");
    public static final UUID SYSTEM = UUID.fromString("30000000-0000-4000-8000-0000000000ec");

    private EchoPartner() {
    }
}
