package org.cthub.integration.delivery;

/** What a channel made of one attempt: the recipient has it, it waits for the recipient, or it failed (why, without payload). */
public record HandOver(Outcome outcome, String failure) {

    public enum Outcome { DELIVERED, AWAITING_ACK, FAILED }

    public static HandOver delivered() {
        return new HandOver(Outcome.DELIVERED, null);
    }

    public static HandOver awaitingAcknowledgement() {
        return new HandOver(Outcome.AWAITING_ACK, null);
    }

    public static HandOver failed(String reason) {
        return new HandOver(Outcome.FAILED, reason);
    }
}
