package org.cthub.integration.legislation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.cthub.persistence.support.RuleViolation;

/**
 * Reads the paragraphs of a Word (.docx) document with Apache POI, refusing what is not one. The package is
 * opened from memory through POI's zip guard ({@link ZipSecureFile}): an entry that inflates more than
 * {@value #MIN_INFLATE_RATIO_TEXT} times its compressed size (a zip bomb) or beyond {@link #MAX_ENTRY_BYTES}
 * is refused before it is inflated further, as is a package whose parts inflate beyond {@link #MAX_TOTAL_BYTES}
 * together; and POI parses the XML parts with DOCTYPEs disallowed (no XXE,
 * no entity expansion). Tables contribute one block per row; headers, footers and comments are not read.
 */
final class ReadingWord {

    /** The largest part (document.xml, styles.xml, ...) inflated: far above any draft law's text. */
    static final long MAX_ENTRY_BYTES = 64L * 1024 * 1024;
    /** POI's own default: a part may inflate to at most 100 times its compressed size. */
    static final double MIN_INFLATE_RATIO = 0.01;
    static final String MIN_INFLATE_RATIO_TEXT = "100";
    /** All parts together, inflated: POI's guard is per part, and keeps every part in memory. */
    static final long MAX_TOTAL_BYTES = 128L * 1024 * 1024;
    static final String FIELD = SecureXml.FIELD;

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final Pattern HEADING = Pattern.compile("(?:heading|berschrift|titlu|titre|naslov)\\s*(\\d)", Pattern.CASE_INSENSITIVE);
    private static final Pattern INVALID_XML = Pattern.compile("[^\\t\\n\\r\\x{20}-\\x{D7FF}\\x{E000}-\\x{FFFD}\\x{10000}-\\x{10FFFF}]");

    static {
        // Process-wide POI settings: only ever tightened here, so whatever else reads Office files keeps its own stricter ones.
        if (ZipSecureFile.getMaxEntrySize() > MAX_ENTRY_BYTES) {
            ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        }
        if (ZipSecureFile.getMinInflateRatio() < MIN_INFLATE_RATIO) {
            ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        }
    }

    private ReadingWord() {
    }

    static List<WordBlock> read(byte[] bytes) {
        if (!startsWith(bytes, ZIP)) {
            throw new RuleViolation(FIELD, "Not a Word (.docx) document: a .docx file is a zip package, and this is none "
                    + "(an old .doc, another format, or a broken upload). Save it as .docx and submit it again.");
        }
        refuseInflatingBeyondTheTotal(bytes);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            return blocks(document);
        } catch (RuleViolation e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // POI signals a hostile or broken package by many exception types; none of their messages is echoed.
            throw refusal(e);
        }
    }

    /**
     * Inflates the package once into nothing, counting: many parts each under POI's per-part limits could
     * still fill the heap when POI reads them all. A package the JDK cannot read is left to POI to refuse.
     */
    private static void refuseInflatingBeyondTheTotal(byte[] bytes) {
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                for (int read = zip.read(buffer); read > 0; read = zip.read(buffer)) {
                    total += read;
                    if (total > MAX_TOTAL_BYTES) {
                        throw new RuleViolation(FIELD, "The Word document is refused as a zip bomb: its parts inflate to more than "
                                + (MAX_TOTAL_BYTES >> 20) + " MiB together.");
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            // not readable as a zip stream: POI's own checks below refuse it, or read what the JDK cannot
        }
    }

    private static RuleViolation refusal(Exception e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            String message = String.valueOf(cause.getMessage());
            if (message.contains("Zip bomb")) {
                return new RuleViolation(FIELD, "The Word document is refused as a zip bomb: one of its parts inflates more than "
                        + MIN_INFLATE_RATIO_TEXT + " times its compressed size or beyond " + (MAX_ENTRY_BYTES >> 20) + " MiB.");
            }
            if (message.contains("DOCTYPE")) {
                return new RuleViolation(FIELD, "The Word document is refused: one of its XML parts has a DOCTYPE (no DTDs, "
                        + "entities or external entities are accepted).");
            }
        }
        return new RuleViolation(FIELD, "Not a readable Word (.docx) document: the package is truncated, damaged or not a "
                + "word-processing document. Save it again as .docx and submit it again.");
    }

    private static List<WordBlock> blocks(XWPFDocument document) {
        List<WordBlock> blocks = new ArrayList<>();
        for (IBodyElement element : document.getBodyElements()) {
            if (element instanceof XWPFParagraph paragraph) {
                add(blocks, paragraph.getText(), headingLevel(document, paragraph));
            } else if (element instanceof XWPFTable table) {
                for (XWPFTableRow row : table.getRows()) {
                    add(blocks, String.join(" | ", row.getTableCells().stream().map(XWPFTableCell::getText).toList()), 0);
                }
            } else if (element instanceof XWPFSDT control) {
                add(blocks, control.getContent().getText(), 0);
            }
        }
        return blocks;
    }

    private static void add(List<WordBlock> blocks, String text, int headingLevel) {
        String clean = ReadingAkomaNtoso.normalised(INVALID_XML.matcher(text == null ? "" : text).replaceAll(" "));
        if (!clean.isEmpty()) {
            blocks.add(new WordBlock(clean, headingLevel));
        }
    }

    /** 1 for Heading 1, 2 for Heading 2 and deeper, 0 for anything else: by style id or by the style's name. */
    private static int headingLevel(XWPFDocument document, XWPFParagraph paragraph) {
        String styleId = paragraph.getStyleID();
        if (styleId == null) {
            return 0;
        }
        XWPFStyle style = document.getStyles() == null ? null : document.getStyles().getStyle(styleId);
        for (String name : new String[] {styleId, style == null ? null : style.getName()}) {
            Matcher matcher = name == null ? null : HEADING.matcher(name.toLowerCase(Locale.ROOT));
            if (matcher != null && matcher.find()) {
                return Math.min(2, Math.max(1, Integer.parseInt(matcher.group(1))));
            }
        }
        return 0;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
