package org.cthub.persistence.referral;

/** Who chose a referral's recipient: the sender, by naming it, or the hub, from the service directory. */
public enum RoutedBy {
    SENDER,
    SERVICE_DIRECTORY
}
