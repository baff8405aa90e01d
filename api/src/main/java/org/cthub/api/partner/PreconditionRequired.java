package org.cthub.api.partner;

/** An update came without If-Match: the hub will not overwrite a record blind (RFC 6585, 428). */
public class PreconditionRequired extends RuntimeException {

    public PreconditionRequired(String what) {
        super("An update of this " + what.toLowerCase(java.util.Locale.ROOT)
                + " requires If-Match with the ETag from your last GET of it, e.g. If-Match: \"3\"");
    }
}
