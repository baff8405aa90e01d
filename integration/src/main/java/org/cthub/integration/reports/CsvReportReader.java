package org.cthub.integration.reports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cthub.persistence.reports.FileFormat;

/**
 * Reads CSV and HXL-tagged CSV in the profile's encoding and delimiter, one record at a time. Bytes that are
 * not valid in that encoding stop the reading (no replacement characters slip into the standard form); a
 * UTF-8 byte order mark is skipped. The header is the first record; for HXL the hashtag row (the first row
 * within the first 25 whose cells are all hashtags or blank) gives the column keys and the data follow it.
 */
final class CsvReportReader {

    static final int HXL_SEARCH_ROWS = 25;

    private CsvReportReader() {
    }

    static void read(Path file, ProfileDefinition profile, RowSink sink) throws IOException {
        var decoder = profile.charset().newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (InputStream bytes = Files.newInputStream(file);
                BufferedReader text = new BufferedReader(new InputStreamReader(bytes, decoder), 64 * 1024)) {
            CsvRecords records = new CsvRecords(text, profile.delimiter());
            List<String> header = profile.format() == FileFormat.HXL_CSV ? hashtagRow(records) : records.next();
            if (header == null) {
                throw new UnreadableFile("The file is empty.");
            }
            List<String> keys = header.stream().map(profile::key).toList();
            sink.header(keys);
            List<String> cells;
            while ((cells = records.next()) != null) {
                if (cells.size() == 1 && cells.get(0).isBlank()) {
                    continue; // a blank line
                }
                if (!sink.row(new SourceRow(records.line(), cells(keys, cells)))) {
                    return;
                }
            }
        } catch (CharacterCodingException e) {
            throw new UnreadableFile("The file is not valid " + profile.charset().name() + " text: check the encoding the profile names.");
        }
    }

    private static List<String> hashtagRow(CsvRecords records) throws IOException {
        List<String> cells;
        for (int row = 0; row < HXL_SEARCH_ROWS && (cells = records.next()) != null; row++) {
            boolean tags = cells.stream().anyMatch(c -> c.strip().startsWith("#"))
                    && cells.stream().allMatch(c -> c.isBlank() || c.strip().startsWith("#"));
            if (tags) {
                return cells;
            }
        }
        throw new UnreadableFile("No HXL hashtag row in the first " + HXL_SEARCH_ROWS + " rows.");
    }

    static Map<String, String> cells(List<String> keys, List<String> values) {
        Map<String, String> cells = new LinkedHashMap<>();
        for (int i = 0; i < Math.min(keys.size(), values.size()); i++) {
            if (!keys.get(i).isEmpty()) {
                cells.putIfAbsent(keys.get(i), values.get(i));
            }
        }
        return cells;
    }
}
