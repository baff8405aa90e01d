package org.cthub.deploy.contract;

import java.util.ArrayList;
import java.util.List;

/** A JSON Pointer (RFC 6901) into the contract, kept as its unescaped segments. */
record Pointer(List<String> segments) {

    static final Pointer ROOT = new Pointer(List.of());

    Pointer add(String segment) {
        List<String> longer = new ArrayList<>(segments);
        longer.add(segment);
        return new Pointer(List.copyOf(longer));
    }

    Pointer add(int index) {
        return add(Integer.toString(index));
    }

    @Override
    public String toString() {
        StringBuilder pointer = new StringBuilder();
        segments.forEach(segment -> pointer.append('/').append(segment.replace("~", "~0").replace("/", "~1")));
        return pointer.toString();
    }
}
