package org.cthub.api.partner;

import jakarta.ws.rs.core.EntityTag;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cthub.persistence.support.StaleVersion;

/**
 * A record's version as an HTTP entity tag ({@code "3"}) and back. Updates must say which version they
 * change: no If-Match is 428, a tag that is not the current version is 412.
 */
public final class EntityTags {

    private static final Pattern TAG = Pattern.compile("\\s*(?:W/)?\"(\\d{1,18})\"\\s*");

    private EntityTags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(value(version));
    }

    /** The tag's opaque value: the version number itself, strong because versions change on every write. */
    static String value(long version) {
        return Long.toString(version);
    }

    /** The version an If-Match header names; a weak tag is accepted because versions are exact anyway. */
    public static long expectedVersion(String ifMatch, String what, Object id) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new PreconditionRequired(what);
        }
        Matcher matcher = TAG.matcher(ifMatch);
        if (!matcher.matches()) {
            throw new StaleVersion(what, id);
        }
        return Long.parseLong(matcher.group(1));
    }
}
