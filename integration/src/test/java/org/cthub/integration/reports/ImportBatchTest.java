package org.cthub.integration.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.cthub.persistence.reports.RowRejection;
import org.cthub.persistence.reports.StoredRow;
import org.junit.jupiter.api.Test;

class ImportBatchTest {

    private static final UUID ORGANISATION = UUID.fromString("6f1c1c1e-0000-4000-8000-000000000001");

    private final List<Written> written = new ArrayList<>();
    private final ImportSteps steps = new ImportSteps() {
        @Override
        public void write(UUID versionId, List<StoredRow> accepted, List<RowRejection> rejected, long read, long acceptedSoFar,
                long rejectedSoFar) {
            written.add(new Written(accepted, rejected, read, acceptedSoFar, rejectedSoFar));
        }
    };

    record Written(List<StoredRow> accepted, List<RowRejection> rejected, long read, long acceptedSoFar, long rejectedSoFar) {
    }

    @Test
    void storesAnAcceptedRowAsJsonWithTheOrganisationFirstAndWholeNumbersAsNumbers() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("periodStart", "2026-01-01");
        values.put("measure", "persons-assisted");
        values.put("gender", "Woman \"F\" \\ ž");
        values.put("count", 12L);
        ImportBatch batch = new ImportBatch(steps, Runnable::run, UUID.randomUUID(), ORGANISATION, 10);
        batch.add(new MappedRow(2, values, List.of()));
        batch.flush();
        assertThat(written.get(0).accepted()).containsExactly(new StoredRow(2, "{\"organisation\":\"" + ORGANISATION + "\","
                + "\"periodStart\":\"2026-01-01\",\"measure\":\"persons-assisted\",\"gender\":\"Woman \\\"F\\\" \\\\ ž\",\"count\":12}"));
    }

    @Test
    void handsOverAFullBatchAndTheRestWithTheCountsSoFar() {
        ImportBatch batch = new ImportBatch(steps, Runnable::run, UUID.randomUUID(), ORGANISATION, 2);
        batch.add(new MappedRow(2, Map.of("count", 1L), List.of()));
        batch.add(new MappedRow(3, Map.of(), List.of(new ReportTemplate.FieldError("count", "count is required"))));
        batch.add(new MappedRow(4, Map.of("count", 2L), List.of()));
        batch.flush();
        assertThat(written).hasSize(2);
        assertThat(written.get(0).accepted()).extracting(StoredRow::number).containsExactly(2L);
        assertThat(written.get(0).rejected()).containsExactly(new RowRejection(3, "count", "count is required"));
        assertThat(written.get(0)).extracting(Written::read, Written::acceptedSoFar, Written::rejectedSoFar).containsExactly(2L, 1L, 1L);
        assertThat(written.get(1).accepted()).extracting(StoredRow::number).containsExactly(4L);
        assertThat(written.get(1)).extracting(Written::read, Written::acceptedSoFar, Written::rejectedSoFar).containsExactly(3L, 2L, 1L);
        assertThat(batch.rowsRead()).isEqualTo(3);
    }

    @Test
    void readsOnWhileABatchIsWrittenAndWaitsForItWhenClosed() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        List<Long> firstRows = new CopyOnWriteArrayList<>();
        ImportSteps slow = new ImportSteps() {
            @Override
            public void write(UUID versionId, List<StoredRow> accepted, List<RowRejection> rejected, long read, long acceptedSoFar,
                    long rejectedSoFar) {
                try {
                    release.await(10, TimeUnit.SECONDS); // bounded, so a writer on the reading thread fails the test rather than hangs it
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                accepted.forEach(row -> firstRows.add(row.number()));
            }
        };
        ExecutorService writer = Executors.newSingleThreadExecutor();
        try {
            ImportBatch batch = new ImportBatch(slow, writer, UUID.randomUUID(), ORGANISATION, 1);
            batch.add(new MappedRow(2, Map.of("count", 1L), List.of()));
            assertThat(firstRows).as("the reading goes on while the first batch is being written").isEmpty();
            release.countDown();
            batch.close();
            assertThat(firstRows).containsExactly(2L);
        } finally {
            writer.shutdownNow();
        }
    }

    @Test
    void endsTheImportWithTheFailureOfAWrite() {
        ImportSteps failing = new ImportSteps() {
            @Override
            public void write(UUID versionId, List<StoredRow> accepted, List<RowRejection> rejected, long read, long acceptedSoFar,
                    long rejectedSoFar) {
                throw new IllegalStateException("the database refused the batch");
            }
        };
        ImportBatch batch = new ImportBatch(failing, Runnable::run, UUID.randomUUID(), ORGANISATION, 1);
        batch.add(new MappedRow(2, Map.of("count", 1L), List.of()));
        assertThatThrownBy(() -> batch.add(new MappedRow(3, Map.of("count", 2L), List.of())))
                .isInstanceOf(IllegalStateException.class).hasMessage("the database refused the batch");
    }
}
