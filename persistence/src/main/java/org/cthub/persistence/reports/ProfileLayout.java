package org.cthub.persistence.reports;

/**
 * How an organisation's file is laid out: its format, encoding, CSV delimiter, sheet, date format and
 * thousands separator, and the column mapping and value mappings as JSON text (checked by the use case that
 * builds it, against the template).
 */
public record ProfileLayout(String templateName, int templateVersion, FileFormat format, String encoding, String delimiter,
        String sheetName, String dateFormat, String thousandsSeparator, String columnsJson, String valueMappingsJson) {
}
