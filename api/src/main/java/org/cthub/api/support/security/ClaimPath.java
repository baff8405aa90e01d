package org.cthub.api.support.security;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Where in a token's claims a value sits, as a dotted path ({@code realm_access.roles} reads the
 * {@code roles} member of the {@code realm_access} object), because identity providers nest roles
 * differently. A path that leads nowhere reads as nothing.
 */
public record ClaimPath(List<String> segments) {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s,]+");

    public ClaimPath {
        if (segments.isEmpty() || segments.stream().anyMatch(String::isEmpty)) {
            throw new IllegalArgumentException("A claim path is one or more names separated by dots");
        }
        segments = List.copyOf(segments);
    }

    public static ClaimPath of(String dotted) {
        return new ClaimPath(Arrays.asList(dotted.trim().split("\\.", -1)));
    }

    /** The value at this path, or null. */
    public Object read(Map<String, Object> claims) {
        Object current = claims;
        for (String segment : segments) {
            if (!(current instanceof Map<?, ?> object)) {
                return null;
            }
            current = object.get(segment);
        }
        return current;
    }

    /**
     * The strings at this path: the elements of an array, or the words of a string (some providers send
     * roles space-separated, as OAuth scopes are). Anything else reads as none.
     */
    public List<String> readStrings(Map<String, Object> claims) {
        Object value = read(claims);
        if (value instanceof Collection<?> values) {
            return values.stream().filter(String.class::isInstance).map(String.class::cast).toList();
        }
        if (value instanceof String text && !text.isBlank()) {
            return List.of(SEPARATORS.split(text.trim()));
        }
        return List.of();
    }
}
