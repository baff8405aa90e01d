package org.cthub.integration.reports;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cthub.persistence.reports.RowRejection;
import org.cthub.persistence.reports.StoredRow;

/**
 * Gathers mapped rows into batches of a fixed size and hands each to the writer: what an import holds in
 * memory is one batch, whatever the file's size. An accepted row is stored in the standard form as JSON,
 * with the submitting organisation filled in.
 */
final class ImportBatch {

    /**
     * One generator factory for every row. {@code Json.createObjectBuilder()} looks the JSON provider up through
     * the ServiceLoader on every call, which on WildFly scans the deployment's jars: three quarters of an
     * import's CPU went there (bench/README.md, "Causes and fixes").
     */
    private static final JsonGeneratorFactory JSON = Json.createGeneratorFactory(Map.of());

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
        StringWriter text = new StringWriter(256);
        try (JsonGenerator object = JSON.createGenerator(text)) {
            object.writeStartObject().write("organisation", organisation);
            row.values().forEach((field, value) -> {
                if (value instanceof Long number) {
                    object.write(field, number);
                } else {
                    object.write(field, String.valueOf(value));
                }
            });
            object.writeEnd();
        }
        return text.toString();
    }
}
