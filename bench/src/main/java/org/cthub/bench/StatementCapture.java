package org.cthub.bench;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what PostgreSQL logged (log_statement=all) while the hub served one request into a pgbench script: the
 * same statements in the same order with their parameters written in, and every id, key or hash the request
 * made up (a value the log had not shown before) replaced by a fresh random one per transaction, so the script
 * can run thousands of times without colliding with itself.
 */
final class StatementCapture {

    static final Path LOG = Path.of(System.getProperty("bench.pg-log", "/var/log/postgresql/postgresql-15-main.log"));
    private static final Pattern LINE = Pattern.compile("^\\S+ \\S+ \\S+ \\[(\\d+)\\] \\S*@(\\S+) (LOG|DETAIL):  (.*)$");
    private static final Pattern STATEMENT = Pattern.compile("^(?:execute [^:]+|statement): (.*)$", Pattern.DOTALL);
    private static final Pattern PARAMETER = Pattern.compile("\\$(\\d+) = (NULL|'(?:[^']|'')*')");
    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern HASH = Pattern.compile("\\b[0-9a-f]{64}\\b");
    /** The case pseudonym a referral opens (unique). */
    private static final Pattern CASE = Pattern.compile("\\bCASE-[0-9A-Z]{12}\\b");

    /** One logged statement: the backend that ran it and its SQL with the parameters written in. */
    record Statement(String pid, String sql) {
    }

    private StatementCapture() {
    }

    static long logSize() throws IOException {
        return LOG.toFile().length();
    }

    /** The statements the database logged from offset {@code from} to {@code to}. */
    static List<Statement> statements(String database, long from, long to) throws IOException {
        byte[] bytes;
        try (RandomAccessFile file = new RandomAccessFile(LOG.toFile(), "r")) {
            file.seek(from);
            bytes = new byte[(int) (to - from)];
            file.readFully(bytes);
        }
        List<Statement> statements = new ArrayList<>();
        String pid = null;
        StringBuilder current = null;
        String pendingKind = null;
        List<String[]> entries = new ArrayList<>();
        for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
            Matcher m = LINE.matcher(line);
            if (m.matches()) {
                if (current != null) {
                    entries.add(new String[] {pid, pendingKind, current.toString()});
                }
                current = null;
                if (m.group(2).equals(database)) {
                    pid = m.group(1);
                    pendingKind = m.group(3);
                    current = new StringBuilder(m.group(4));
                }
            } else if (current != null && line.startsWith("\t")) {
                current.append('\n').append(line.substring(1));
            } else if (current != null) {
                entries.add(new String[] {pid, pendingKind, current.toString()});
                current = null;
            }
        }
        if (current != null) {
            entries.add(new String[] {pid, pendingKind, current.toString()});
        }
        for (int i = 0; i < entries.size(); i++) {
            String[] e = entries.get(i);
            Matcher statement = STATEMENT.matcher(e[2]);
            if (!e[1].equals("LOG") || !statement.matches()) {
                continue;
            }
            String sql = statement.group(1);
            if (i + 1 < entries.size() && entries.get(i + 1)[1].equals("DETAIL") && entries.get(i + 1)[0].equals(e[0])
                    && entries.get(i + 1)[2].startsWith("parameters: ")) {
                sql = inline(sql, entries.get(i + 1)[2]);
            }
            statements.add(new Statement(e[0], sql));
        }
        return statements;
    }

    private static String inline(String sql, String parameters) {
        Map<String, String> values = new LinkedHashMap<>();
        Matcher p = PARAMETER.matcher(parameters);
        while (p.find()) {
            values.put(p.group(1), p.group(2));
        }
        StringBuilder out = new StringBuilder();
        Matcher placeholder = Pattern.compile("\\$(\\d+)").matcher(sql);
        while (placeholder.find()) {
            String value = values.getOrDefault(placeholder.group(1), placeholder.group());
            placeholder.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        placeholder.appendTail(out);
        return out.toString();
    }

    /** Every uuid and 64-hex value in the statements. */
    static Set<String> identifiers(List<Statement> statements) {
        Set<String> found = new HashSet<>();
        for (Statement s : statements) {
            for (Pattern pattern : List.of(UUID, HASH, CASE)) {
                Matcher m = pattern.matcher(s.sql());
                while (m.find()) {
                    found.add(m.group());
                }
            }
        }
        return found;
    }

    /**
     * The pgbench script: the statements of the backends that wrote something, each value the log had not
     * shown before {@code known} replaced by a variable set fresh per transaction from gen_random_uuid().
     */
    static String pgbenchScript(List<Statement> window, Set<String> known, String marker) {
        // the request's own connection: the one that ran the marker statement, not the background routes
        // (delivery claims, audit checks) that happened to run meanwhile
        Set<String> writers = new LinkedHashSet<>();
        for (Statement s : window) {
            if (s.sql().stripLeading().toLowerCase(java.util.Locale.ROOT).startsWith(marker)) {
                writers.add(s.pid());
            }
        }
        Map<String, String> fresh = new LinkedHashMap<>();
        List<String> lines = new ArrayList<>();
        for (Statement s : window) {
            if (!writers.contains(s.pid()) || s.sql().startsWith("SET application_name") || s.sql().startsWith("SHOW TRANSACTION")
                    || s.sql().startsWith("SELECT c.oid, a.attnum")) {
                // the driver's own housekeeping on a fresh connection, not the request's work
                continue;
            }
            String sql = s.sql();
            for (Pattern pattern : List.of(UUID, HASH, CASE)) {
                Matcher m = pattern.matcher(sql);
                StringBuilder out = new StringBuilder();
                while (m.find()) {
                    String value = m.group();
                    String replacement = value;
                    if (!known.contains(value)) {
                        replacement = ":" + fresh.computeIfAbsent(value, v -> (v.length() == 64 ? "h" : v.startsWith("CASE-") ? "c" : "u") + (fresh.size() + 1));
                    }
                    m.appendReplacement(out, Matcher.quoteReplacement(replacement));
                }
                m.appendTail(out);
                sql = out.toString();
            }
            lines.add(sql.replace('\n', ' ').trim() + ";");
        }
        lines = requestTransactions(lines);
        StringBuilder script = new StringBuilder("-- the statements the hub ran for one request, from the PostgreSQL log\n");
        if (!fresh.isEmpty()) {
            List<String> columns = new ArrayList<>();
            for (String variable : fresh.values()) {
                columns.add(switch (variable.charAt(0)) {
                    case 'h' -> "encode(sha256(gen_random_uuid()::text::bytea), 'hex') AS " + variable;
                    case 'c' -> "'CASE-' || upper(substr(md5(gen_random_uuid()::text), 1, 12)) AS " + variable;
                    default -> "gen_random_uuid() AS " + variable;
                });
            }
            script.append("SELECT ").append(String.join(", ", columns)).append(" \\gset\n");
        }
        for (String line : lines) {
            script.append(line).append('\n');
        }
        return script.toString();
    }

    /**
     * The transactions of the request: a pooled connection may serve a background route right after it (a
     * delivery claim, FOR UPDATE SKIP LOCKED; the audit sealer, which locks audit_chain_head), and the window
     * may end inside such a transaction; both go.
     */
    private static List<String> requestTransactions(List<String> lines) {
        List<String> kept = new ArrayList<>();
        List<String> transaction = new ArrayList<>();
        for (String line : lines) {
            transaction.add(line);
            if (line.equals("COMMIT;") || line.equals("ROLLBACK;")) {
                if (transaction.stream().map(l -> l.toLowerCase(java.util.Locale.ROOT))
                        .noneMatch(l -> l.contains("skip locked") || l.contains("audit_chain_head"))) {
                    kept.addAll(transaction);
                }
                transaction.clear();
            }
        }
        return kept;
    }
}
