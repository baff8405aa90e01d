package org.cthub.integration.reports;

import java.util.List;

/** Receives a file's rows as a reader streams them; returning false from {@link #row} stops the reading. */
public interface RowSink {

    /** The column keys (headers, or HXL hashtags), before the first row. */
    void header(List<String> columns);

    boolean row(SourceRow row);
}
