package org.cthub.persistence.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.hibernate.Session;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * The rows of report versions, written and read with plain JDBC in the caller's transaction: an import
 * writes a batch of rows and of rejections with COPY on PostgreSQL (a tenth of the server's work of a
 * multi-row INSERT, which a million rows need) and as two JDBC batches on other databases (H2); reads go by
 * row number (keyset), so a download never holds more than a page.
 */
@ApplicationScoped
public class ReportRows {

    static final int MAX_JSON = 20_000;
    static final int MAX_REASON = 500;

    @PersistenceContext(unitName = "cthub")
    EntityManager em;

    public void insert(UUID version, List<StoredRow> rows, List<RowRejection> rejections) {
        em.unwrap(Session.class).doWork(connection -> {
            if (connection.isWrapperFor(PGConnection.class)) {
                copy(connection, version, rows, rejections);
            } else {
                batch(connection, version, rows, rejections);
            }
        });
    }

    private static void copy(Connection connection, UUID version, List<StoredRow> rows, List<RowRejection> rejections) throws SQLException {
        String id = version.toString();
        if (!rows.isEmpty()) {
            copy(connection, "COPY report_row (version_id, row_number, data) FROM STDIN", rows,
                    (text, row) -> text.value(id).value(row.number()).lastValue(row.json()));
        }
        if (!rejections.isEmpty()) {
            copy(connection, "COPY report_row_error (version_id, row_number, field, reason) FROM STDIN", rejections,
                    (text, rejection) -> text.value(id).value(rejection.number()).value(cut(rejection.field(), 100))
                            .lastValue(cut(rejection.reason(), MAX_REASON)));
        }
    }

    /** Sends the lines in chunks as they are written, so a batch never becomes one large string in the heap. */
    private static <T> void copy(Connection connection, String sql, List<T> lines, BiConsumer<CopyText, T> line) throws SQLException {
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
        try {
            CopyText text = new CopyText();
            for (T each : lines) {
                line.accept(text, each);
                if (text.isFull()) {
                    byte[] chunk = text.take();
                    copy.writeToCopy(chunk, 0, chunk.length);
                }
            }
            byte[] rest = text.take();
            copy.writeToCopy(rest, 0, rest.length);
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy(); // the connection goes back to the pool usable; the transaction rolls back
            }
        }
    }

    private static void batch(Connection connection, UUID version, List<StoredRow> rows, List<RowRejection> rejections) throws SQLException {
        if (!rows.isEmpty()) {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO report_row (version_id, row_number, data) VALUES (?, ?, ?)")) {
                for (StoredRow row : rows) {
                    insert.setObject(1, version);
                    insert.setLong(2, row.number());
                    insert.setString(3, row.json());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }
        if (!rejections.isEmpty()) {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO report_row_error (version_id, row_number, field, reason) VALUES (?, ?, ?, ?)")) {
                for (RowRejection rejection : rejections) {
                    insert.setObject(1, version);
                    insert.setLong(2, rejection.number());
                    insert.setString(3, cut(rejection.field(), 100));
                    insert.setString(4, cut(rejection.reason(), MAX_REASON));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }
    }

    /** Forgets every row of the version (an import that starts again, or one refused as a whole). */
    public void deleteAll(UUID version) {
        em.createNativeQuery("DELETE FROM report_row WHERE version_id = ?").setParameter(1, version).executeUpdate();
        em.createNativeQuery("DELETE FROM report_row_error WHERE version_id = ?").setParameter(1, version).executeUpdate();
    }

    /** Rejections after the given row (0 for the first page), in row order. */
    public List<RowRejection> rejections(UUID version, long offset, int limit) {
        List<RowRejection> page = new ArrayList<>();
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT row_number, field, reason FROM report_row_error "
                    + "WHERE version_id = ? ORDER BY row_number, field OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")) {
                select.setObject(1, version);
                select.setLong(2, offset);
                select.setInt(3, limit);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        page.add(new RowRejection(rs.getLong(1), rs.getString(2), rs.getString(3)));
                    }
                }
            }
        });
        return page;
    }

    public long rejectionCount(UUID version) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM report_row_error WHERE version_id = ?")
                .setParameter(1, version).getSingleResult()).longValue();
    }

    /** Accepted rows after the given row number, in row order. */
    public List<StoredRow> rowsAfter(UUID version, long afterRow, int limit) {
        List<StoredRow> page = new ArrayList<>();
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT row_number, data FROM report_row "
                    + "WHERE version_id = ? AND row_number > ? ORDER BY row_number FETCH FIRST ? ROWS ONLY")) {
                select.setObject(1, version);
                select.setLong(2, afterRow);
                select.setInt(3, limit);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        page.add(new StoredRow(rs.getLong(1), rs.getString(2)));
                    }
                }
            }
        });
        return page;
    }

    static String cut(String text, int max) {
        return text.length() > max ? text.substring(0, max) : text;
    }

    public static int maxJson() {
        return MAX_JSON;
    }
}
