package org.cthub.integration.reports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a report file with the reader its profile's format calls for. */
public final class ReportFiles {

    private ReportFiles() {
    }

    public static void read(Path file, ProfileDefinition profile, RowSink sink) {
        try {
            if (Files.size(file) == 0) {
                throw new UnreadableFile("The file is empty.");
            }
            switch (profile.format()) {
                case CSV, HXL_CSV -> CsvReportReader.read(file, profile, sink);
                case XLSX -> XlsxReportReader.read(file, profile, sink);
                case JSON -> JsonReportReader.read(file, profile, sink);
                case XML -> XmlReportReader.read(file, profile, sink);
                default -> throw new UnreadableFile("The format " + profile.format() + " cannot be read yet.");
            }
        } catch (IOException e) {
            throw new UnreadableFile("The file could not be read to its end.");
        }
    }
}
