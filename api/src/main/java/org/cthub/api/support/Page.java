package org.cthub.api.support;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list: the items, where the page starts, and how many items the whole list has. */
public record Page<T>(List<T> items,
        @Schema(description = "This page's number, from 0", example = "0") int page,
        @Schema(description = "Items per page asked for (1 to 100)", example = "20") int size,
        @Schema(description = "Items in the whole list", example = "1") long total) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public Page {
        items = List.copyOf(items);
    }
}
