package org.cthub.integration.reports;

import java.nio.charset.Charset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cthub.persistence.reports.FileFormat;
import org.cthub.persistence.reports.ProfileLayout;
import org.cthub.persistence.support.Codes;
import org.cthub.persistence.support.RuleViolation;

/**
 * A report profile checked against its template and ready to read files with: every mapped field is a field
 * of the template, every required field is mapped, every value mapping leads to a valid standard value, and
 * the encoding, delimiter and date format are usable.
 */
public record ProfileDefinition(ReportTemplate template, FileFormat format, Charset charset, char delimiter, String sheetName,
        String datePattern, DateTimeFormatter dateFormat, String thousandsSeparator, Map<String, String> columns,
        Map<String, Map<String, String>> valueMappings) {

    /** The encodings NGOs export in; others are refused rather than guessed. */
    static final List<String> ENCODINGS = List.of("UTF-8", "windows-1250", "windows-1251", "ISO-8859-2", "ISO-8859-5");
    static final int MAX_COLUMNS = 200;

    public static ProfileDefinition of(ProfileDetails details, ReportTemplates templates) {
        if (details.template() == null || details.templateVersion() == null) {
            throw new RuleViolation("template", "template and templateVersion are required");
        }
        ReportTemplate template = templates.get(details.template(), details.templateVersion());
        FileFormat format = Codes.parse(FileFormat.class, details.format(), "format");
        String encoding = details.encoding() == null ? "UTF-8" : details.encoding();
        Charset charset = ENCODINGS.stream().filter(e -> e.equalsIgnoreCase(encoding)).findFirst().map(Charset::forName)
                .orElseThrow(() -> new RuleViolation("encoding", "encoding must be one of " + ENCODINGS));
        char delimiter = delimiter(format, details.delimiter());
        DateTimeFormatter dates = dateFormat(details.dateFormat());
        String thousands = details.thousandsSeparator();
        if (thousands != null && thousands.length() != 1) {
            throw new RuleViolation("thousandsSeparator", "thousandsSeparator is one character");
        }
        Map<String, String> columns = columns(template, format, details.columns());
        Map<String, Map<String, String>> mappings = valueMappings(template, columns, details.valueMappings());
        return new ProfileDefinition(template, format, charset, delimiter, blankToNull(details.sheetName()), details.dateFormat(),
                dates, thousands, columns, mappings);
    }

    public static ProfileDefinition of(ProfileLayout layout, ReportTemplates templates) {
        return of(ProfileJson.details(null, layout), templates);
    }

    private static char delimiter(FileFormat format, String delimiter) {
        if (delimiter == null || delimiter.isEmpty()) {
            return ',';
        }
        if (delimiter.length() != 1 || delimiter.charAt(0) == '"' || delimiter.charAt(0) == '\n' || delimiter.charAt(0) == '\r') {
            throw new RuleViolation("delimiter", "delimiter is one character other than a quote or a line break (\\t for tab)");
        }
        return delimiter.charAt(0);
    }

    private static DateTimeFormatter dateFormat(String pattern) {
        if (pattern == null || pattern.isBlank()) {
            return null;
        }
        try {
            return DateTimeFormatter.ofPattern(pattern, Locale.ROOT);
        } catch (IllegalArgumentException e) {
            throw new RuleViolation("dateFormat", "dateFormat is not a date pattern (such as dd.MM.yyyy)");
        }
    }

    private static Map<String, String> columns(ReportTemplate template, FileFormat format, Map<String, String> columns) {
        if (columns == null || columns.isEmpty()) {
            throw new RuleViolation("columns", "columns maps template fields to your column names or HXL hashtags");
        }
        if (columns.size() > MAX_COLUMNS) {
            throw new RuleViolation("columns", "at most " + MAX_COLUMNS + " columns");
        }
        Map<String, String> keyed = new LinkedHashMap<>();
        columns.forEach((field, source) -> {
            if (template.field(field).filter(f -> !f.readOnly()).isEmpty()) {
                throw new RuleViolation("columns", field + " is not a field of " + template.name() + " v" + template.version());
            }
            if (source == null || source.isBlank()) {
                throw new RuleViolation("columns", "the column for " + field + " is blank");
            }
            if (format == FileFormat.HXL_CSV && !source.strip().startsWith("#")) {
                throw new RuleViolation("columns", "an HXL profile maps fields to hashtags (#...): " + field + " is not");
            }
            keyed.put(field, format == FileFormat.HXL_CSV ? ColumnKey.hashtag(source) : ColumnKey.of(source));
        });
        template.inputFields().stream().filter(TemplateField::required).filter(f -> !keyed.containsKey(f.name())).findFirst()
                .ifPresent(f -> {
                    throw new RuleViolation("columns", f.name() + " is required by " + template.name() + " and has no column");
                });
        return Map.copyOf(keyed);
    }

    private static Map<String, Map<String, String>> valueMappings(ReportTemplate template, Map<String, String> columns,
            Map<String, Map<String, String>> mappings) {
        Map<String, Map<String, String>> keyed = new LinkedHashMap<>();
        if (mappings == null) {
            return keyed;
        }
        mappings.forEach((field, values) -> {
            if (!columns.containsKey(field)) {
                throw new RuleViolation("valueMappings", field + " has value mappings but no column");
            }
            TemplateField target = template.field(field).orElseThrow();
            Map<String, String> byKey = new LinkedHashMap<>();
            (values == null ? Map.<String, String>of() : values).forEach((from, to) -> {
                if (to != null && !to.isEmpty() && target.check(to).refused()) {
                    throw new RuleViolation("valueMappings", "a value mapping of " + field + " leads to a value that " + target.check(to).reason());
                }
                byKey.put(ColumnKey.of(from), to == null ? "" : to);
            });
            keyed.put(field, Map.copyOf(byKey));
        });
        return Map.copyOf(keyed);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    /** The key a column is found by: its hashtag for HXL, else its header. */
    String key(String header) {
        return format == FileFormat.HXL_CSV ? ColumnKey.hashtag(header) : ColumnKey.of(header);
    }
}
