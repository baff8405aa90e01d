package org.cthub.api.delivery;

/** Descriptions of the problem responses the delivery operations document. */
final class DeliveryProblems {

    static final String MEDIA = "application/problem+json";
    static final String BAD_REQUEST = "A query parameter out of range";
    static final String MESSAGE_NOT_FOUND = "No such message in your system's inbox: another system's message is not told apart from none";
    static final String DELIVERY_NOT_FOUND = "No such delivery";
    static final String NOT_DEAD = "The delivery is not dead-lettered: only dead letters are replayed";

    private DeliveryProblems() {
    }
}
