package org.cthub.api.support;

import java.util.List;

/** One page of a list: the items, where the page starts, and how many items the whole list has. */
public record Page<T>(List<T> items, int page, int size, long total) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public Page {
        items = List.copyOf(items);
    }
}
