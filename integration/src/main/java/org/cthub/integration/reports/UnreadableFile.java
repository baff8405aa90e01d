package org.cthub.integration.reports;

import org.cthub.persistence.support.RuleViolation;

/**
 * A file that cannot be read as its profile says (wrong encoding, not an XLSX, a zip bomb, no header, a
 * column the profile maps that is not there). The reason is shown to the NGO; it never repeats row contents.
 */
public class UnreadableFile extends RuleViolation {

    public UnreadableFile(String reason) {
        super("file", reason);
    }
}
