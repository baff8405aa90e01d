package org.cthub.integration.reports;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import org.cthub.persistence.reports.RowRejection;
import org.cthub.persistence.reports.StoredRow;

/**
 * Gathers mapped rows into batches of a fixed size and hands each to the writer, on another thread, so the
 * file is read on while the last batch goes to the database: what an import holds in memory is two batches,
 * whatever the file's size. One batch is written at a time, in order, so the progress only grows; a failed
 * write ends the reading at the next batch, and {@link #close} waits for the batch in hand to be written
 * (or not) before the import may be refused as a whole. An accepted row is stored in the standard form as
 * JSON, with the submitting organisation filled in.
 */
final class ImportBatch implements AutoCloseable {

    /**
     * One generator factory for every row. {@code Json.createObjectBuilder()} looks the JSON provider up through
     * the ServiceLoader on every call, which on WildFly scans the deployment's jars: three quarters of an
     * import's CPU went there (bench/README.md, "Causes and fixes").
     */
    private static final JsonGeneratorFactory JSON = Json.createGeneratorFactory(Map.of());

    private final ImportSteps steps;
    private final Executor writer;
    private final UUID versionId;
    private final String organisation;
    private final int size;
    private final List<StoredRow> accepted = new ArrayList<>();
    private final List<RowRejection> rejected = new ArrayList<>();
    private long rowsRead;
    private long rowsAccepted;
    private long rowsRejected;
    private CompletableFuture<Void> writing = CompletableFuture.completedFuture(null);

    ImportBatch(ImportSteps steps, Executor writer, UUID versionId, UUID organisation, int size) {
        this.steps = steps;
        this.writer = writer;
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

    /** Hands the rows gathered so far to the writer, once the batch before them is written. */
    void flush() {
        awaitWritten();
        List<StoredRow> rows = List.copyOf(accepted);
        List<RowRejection> rejections = List.copyOf(rejected);
        long read = rowsRead;
        long acceptedSoFar = rowsAccepted;
        long rejectedSoFar = rowsRejected;
        writing = CompletableFuture.runAsync(() -> steps.write(versionId, rows, rejections, read, acceptedSoFar, rejectedSoFar), writer);
        accepted.clear();
        rejected.clear();
    }

    /** Waits for the batch being written; its failure is the import's. */
    void awaitWritten() {
        try {
            writing.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    @Override
    public void close() {
        awaitWritten();
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
