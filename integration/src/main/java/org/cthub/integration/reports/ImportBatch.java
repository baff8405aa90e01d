package org.cthub.integration.reports;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.cthub.persistence.reports.RowRejection;
import org.cthub.persistence.reports.StoredRow;

/**
 * Gathers mapped rows into batches of a fixed size and hands each to the writer: what an import holds in
 * memory is one batch, whatever the file's size. An accepted row is stored in the standard form as JSON,
 * with the submitting organisation filled in.
 */
final class ImportBatch {

    private final ImportSteps steps;
    private final UUID versionId;
    private final String organisation;
    private final int size;
    private final List<StoredRow> accepted = new ArrayList<>();
    private final List<RowRejection> rejected = new ArrayList<>();
    private long rowsRead;
    private long rowsAccepted;
    private long rowsRejected;

    ImportBatch(ImportSteps steps, UUID versionId, UUID organisation, int size) {
        this.steps = steps;
        this.versionId = versionId;
        this.organisation = organisation.toString();
        this.size = size;
    }

    boolean add(MappedRow row) {
        rowsRead++;
        if (row.accepted()) {
            rowsAccepted++;
            accepted.add(new StoredRow(row.number(), json(row)));
        } else {
            rowsRejected++;
            row.errors().forEach(error -> rejected.add(new RowRejection(row.number(), error.field(), error.reason())));
        }
        if (accepted.size() + rejected.size() >= size) {
            flush();
        }
        return true;
    }

    void flush() {
        steps.write(versionId, List.copyOf(accepted), List.copyOf(rejected), rowsRead, rowsAccepted, rowsRejected);
        accepted.clear();
        rejected.clear();
    }

    long rowsRead() {
        return rowsRead;
    }

    private String json(MappedRow row) {
        JsonObjectBuilder object = Json.createObjectBuilder().add("organisation", organisation);
        row.values().forEach((field, value) -> {
            if (value instanceof Long number) {
                object.add(field, number);
            } else {
                object.add(field, String.valueOf(value));
            }
        });
        return object.build().toString();
    }
}
