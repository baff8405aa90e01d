package org.cthub.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * Captures the SQL of one request for a pgbench replay: the database logs every statement (log_statement=all,
 * set before the hub connects), the request is sent between two looks at the log's size, and the statements
 * logged in between on the connection that ran {@code marker} (the statement that names the request's work)
 * become the script (StatementCapture). Then logging is reset; the caller restarts the hub so
 * its connections stop logging.
 */
final class Capture {

    private Capture() {
    }

    static void logEverything(BenchDatabase db) throws Exception {
        db.execute("ALTER DATABASE " + db.name() + " SET log_statement = 'all'");
    }

    static Path script(BenchDatabase db, Path script, String marker, Runnable request) throws Exception {
        Thread.sleep(500);
        long before = StatementCapture.logSize();
        request.run();
        Thread.sleep(500);
        long after = StatementCapture.logSize();
        Set<String> known = StatementCapture.identifiers(StatementCapture.statements(db.name(), 0, before));
        Files.writeString(script, StatementCapture.pgbenchScript(StatementCapture.statements(db.name(), before, after), known, marker));
        db.execute("ALTER DATABASE " + db.name() + " RESET log_statement");
        return script;
    }

    /** Makes the script act for the organisation of its pgbench client instead of the one captured (bench_senders). */
    static void perClientOrganisation(BenchDatabase db, Path script, java.util.List<String> organisations, String captured) throws Exception {
        db.execute("CREATE TABLE bench_senders (n INT PRIMARY KEY, id UUID NOT NULL)");
        for (int i = 0; i < organisations.size(); i++) {
            db.execute("INSERT INTO bench_senders VALUES (" + i + ", '" + organisations.get(i) + "')");
        }
        String text = Files.readString(script).replace(captured, ":org");
        int firstLine = text.indexOf('\n') + 1;
        Files.writeString(script, text.substring(0, firstLine) + "SELECT id AS org FROM bench_senders WHERE n = :client_id % "
                + organisations.size() + " \\gset\n" + text.substring(firstLine));
    }
}
