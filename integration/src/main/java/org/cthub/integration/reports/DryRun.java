package org.cthub.integration.reports;

import java.util.List;

/** What a sample file maps to through a profile: the rows read, the mapped rows and the errors, nothing stored. */
public record DryRun(long rowsRead, List<MappedRow> rows, boolean truncated) {
}
