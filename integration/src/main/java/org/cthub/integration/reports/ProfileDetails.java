package org.cthub.integration.reports;

import java.util.Map;

/**
 * A report profile as a partner writes it: the template it maps onto, the file format, encoding, CSV
 * delimiter, sheet name, date format and thousands separator, the columns (template field → column header or
 * HXL hashtag) and the value mappings (template field → the organisation's value → the standard code).
 */
public record ProfileDetails(String name, String template, Integer templateVersion, String format, String encoding,
        String delimiter, String sheetName, String dateFormat, String thousandsSeparator, Map<String, String> columns,
        Map<String, Map<String, String>> valueMappings) {
}
