package org.cthub.integration.reports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads one sheet of an XLSX workbook with POI's streaming (SAX) API, a row at a time: the sheet is never
 * held in memory. The sheet is the profile's sheet name, else the first. The first row is the header. Date
 * cells come out as ISO dates, other cells as Excel shows them. A truncated file, a file that is no XLSX and
 * a zip bomb (an entry that inflates over 100 times its compressed size: POI's ZipSecureFile guard, left at
 * its JVM-wide default) are refused with a reason.
 */
final class XlsxReportReader {

    private XlsxReportReader() {
    }

    static void read(Path file, ProfileDefinition profile, RowSink sink) {
        try (OPCPackage workbook = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(workbook);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(workbook, false);
            StylesTable styles = reader.getStylesTable();
            try (InputStream sheet = sheet(reader, profile.sheetName())) {
                XMLReader parser = saxParser();
                parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, new Rows(profile, sink), new IsoDates(), false));
                parser.parse(new InputSource(sheet));
            }
        } catch (Stop stop) {
            // the sink has what it wanted
        } catch (UnreadableFile refusal) {
            throw refusal;
        } catch (NotOfficeXmlFileException | InvalidFormatException e) {
            throw new UnreadableFile("The file is not an XLSX workbook (or it is truncated).");
        } catch (IOException | OpenXML4JException | OpenXML4JRuntimeException | POIXMLException | SAXException | IllegalStateException e) {
            throw new UnreadableFile(reason(e));
        }
    }

    private static String reason(Exception e) {
        String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        if (message.contains("zip bomb") || message.contains("max entry size") || message.contains("inflate")) {
            return "The workbook inflates far beyond its size (a zip bomb): refused.";
        }
        return "The workbook cannot be read: it is truncated or damaged.";
    }

    private static InputStream sheet(XSSFReader reader, String name) throws IOException, InvalidFormatException {
        XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
        while (sheets.hasNext()) {
            InputStream sheet = sheets.next();
            if (name == null || name.equalsIgnoreCase(sheets.getSheetName())) {
                return sheet;
            }
            sheet.close();
        }
        throw new UnreadableFile(name == null ? "The workbook has no sheet." : "The workbook has no sheet named " + name + ".");
    }

    private static XMLReader saxParser() throws SAXException {
        try {
            SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            return factory.newSAXParser().getXMLReader();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK parser refuses a secure setting", e);
        }
    }

    /** Thrown through the SAX parser when the sink wants no more rows. */
    private static final class Stop extends RuntimeException {
        Stop() {
            super(null, null, false, false);
        }
    }

    /** Formats date cells as ISO dates, whatever their Excel format, so profiles need no Excel date pattern. */
    private static final class IsoDates extends DataFormatter {
        IsoDates() {
            super(Locale.ROOT);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value, use1904Windowing).toLocalDate().toString();
            }
            return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
        }
    }

    /** Collects each row's cells by column and hands it to the sink; the first row is the header. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final ProfileDefinition profile;
        private final RowSink sink;
        private final List<String> cells = new ArrayList<>();
        private List<String> keys;

        Rows(ProfileDefinition profile, RowSink sink) {
            this.profile = profile;
            this.sink = sink;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = new CellReference(reference).getCol();
            if (column >= CsvRecords.MAX_CELLS) {
                throw new UnreadableFile("A row has more than " + CsvRecords.MAX_CELLS + " cells.");
            }
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(value == null ? "" : value);
        }

        @Override
        public void endRow(int rowNum) {
            if (keys == null) {
                keys = cells.stream().map(profile::key).toList();
                sink.header(keys);
            } else if (cells.stream().anyMatch(c -> !c.isBlank()) && !sink.row(new SourceRow(rowNum + 1L, CsvReportReader.cells(keys, cells)))) {
                throw new Stop();
            }
        }

        @Override
        public void endSheet() {
            if (keys == null) {
                throw new UnreadableFile("The file is empty.");
            }
        }
    }
}
