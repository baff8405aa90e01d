package org.cthub.api.reports;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.cthub.integration.reports.ProfileDetails;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A report profile: how your organisation's file layout maps onto a template. */
@Schema(name = "ReportProfileRequest", example = """
        {
          "name": "Quarterly activity sheet",
          "template": "activity-report",
          "templateVersion": 1,
          "format": "csv",
          "encoding": "windows-1250",
          "delimiter": ";",
          "dateFormat": "dd.MM.yyyy",
          "columns": {
            "periodStart": "De la",
            "periodEnd": "Până la",
            "country": "Țara",
            "measure": "Indicator",
            "gender": "Gen",
            "count": "Număr"
          },
          "valueMappings": {
            "gender": {
              "F": "Woman",
              "M": "Man"
            }
          }
        }
        """)
public record ProfileRequest(
        @Schema(example = "Quarterly activity sheet") @NotBlank @Size(max = 200) String name,
        @Schema(example = "activity-report", enumeration = {"activity-report", "ctdc-case"}) @NotBlank @Size(max = 50) String template,
        @Schema(example = "1") @NotNull @Min(1) @Max(1000) Integer templateVersion,
        @Schema(example = "csv", enumeration = {"csv", "hxl-csv", "xlsx", "json", "xml"}, description = "xml: every child element of the root is a row, "
                + "its child elements (by local name) or attributes (@name) its cells; no DOCTYPE or entities are accepted") @NotBlank String format,
        @Schema(description = "Text encoding of CSV files: UTF-8 (with or without BOM; the default), windows-1250, windows-1251, "
                + "ISO-8859-2 or ISO-8859-5. JSON is always UTF-8.", example = "windows-1250") @Size(max = 30) String encoding,
        @Schema(description = "CSV delimiter, one character (default ,)", example = ";") @Size(max = 1) String delimiter,
        @Schema(description = "XLSX: the sheet to read (default the first)", example = "Raporti") @Size(max = 100) String sheetName,
        @Schema(description = "How your dates are written (java.time pattern); ISO dates and XLSX date cells are read anyway",
                example = "dd.MM.yyyy") @Size(max = 50) String dateFormat,
        @Schema(description = "Thousands separator in your numbers, removed before reading", example = ".") @Size(max = 1) String thousandsSeparator,
        @Schema(description = "Template field → your column header (or HXL hashtag with attributes for hxl-csv); headers match "
                + "ignoring case and surrounding spaces", example = "{\"gender\": \"Gen\", \"count\": \"Număr\"}")
        @NotEmpty @Size(max = 200) Map<String, String> columns,
        @Schema(description = "Template field → your value → the standard code (an empty code means missing)",
                example = "{\"gender\": {\"F\": \"Woman\", \"Žensko\": \"Woman\", \"M\": \"Man\"}}")
        @Size(max = 200) Map<String, Map<String, String>> valueMappings) {

    ProfileDetails details() {
        return new ProfileDetails(name, template, templateVersion, format, encoding, delimiter, sheetName, dateFormat,
                thousandsSeparator, columns, valueMappings);
    }
}
