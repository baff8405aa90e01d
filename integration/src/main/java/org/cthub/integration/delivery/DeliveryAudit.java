package org.cthub.integration.delivery;

/** The names under which delivery events are audited. Details hold ids and codes, never payloads. */
public final class DeliveryAudit {

    public static final String TARGET = "delivery";
    public static final String ACKNOWLEDGED = "delivery.acknowledged";
    public static final String REPLAYED = "delivery.replayed";
    public static final String DEAD_LETTERED = "delivery.dead-lettered";

    private DeliveryAudit() {
    }
}
