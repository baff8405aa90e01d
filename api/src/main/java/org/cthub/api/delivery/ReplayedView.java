package org.cthub.api.delivery;

/** How many dead letters a bulk replay sent back to pending. */
public record ReplayedView(int replayed) {
}
