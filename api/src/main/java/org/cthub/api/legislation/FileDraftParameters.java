package org.cthub.api.legislation;

import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cthub.integration.legislation.FileDraftMetadata;
import org.cthub.persistence.support.RuleViolation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The query parameters that name the work of a Word or PDF draft, which carries no Akoma Ntoso metadata.
 * None is personal data. An Akoma Ntoso body carries its own, so for it they are refused rather than silently
 * ignored: a caller who sets them believes they count.
 */
public class FileDraftParameters {

    private static final String WORD_OR_PDF = " Word and PDF only (required for them, refused with Akoma Ntoso, which carries its own).";

    @QueryParam("country")
    @Parameter(description = "ISO 3166-1 alpha-2 country of the work (FRBRcountry)." + WORD_OR_PDF, example = "MD")
    String country;

    @QueryParam("documentType")
    @Parameter(description = "bill, act or plan-of-action." + WORD_OR_PDF, example = "bill")
    String documentType;

    @QueryParam("title")
    @Parameter(description = "The draft's title (docTitle), at most 1000 characters." + WORD_OR_PDF,
            example = "Law on Preventing and Combating Trafficking in Human Beings")
    String title;

    @QueryParam("language")
    @Parameter(description = "ISO 639-2/B language of this text, three lower-case letters (FRBRlanguage)." + WORD_OR_PDF, example = "ron")
    String language;

    @QueryParam("date")
    @Parameter(description = "The work's date, yyyy-MM-dd (FRBRWork/FRBRdate): with country, type and number it names the "
            + "work, /akn/{country}/{type}/{date}/{number} (a plan of action: /akn/{country}/doc/planOfAction/{date}/{number}), "
            + "exactly as an Akoma Ntoso document of the same work does, so both join one draft." + WORD_OR_PDF, example = "2026-11-01")
    String date;

    @QueryParam("number")
    @Parameter(description = "The work's number (FRBRnumber): 1 to 40 letters, digits or hyphens." + WORD_OR_PDF, example = "12")
    String number;

    @QueryParam("expressionDate")
    @Parameter(description = "The date of this version, yyyy-MM-dd; the expression URI is the work URI + /{language}@{expressionDate}. "
            + "Optional, today (UTC) when left out." + WORD_OR_PDF, example = "2026-11-28")
    String expressionDate;

    /** The work and expression these parameters name; a missing or malformed one is refused by name. */
    FileDraftMetadata metadata() {
        return FileDraftMetadata.of(country, documentType, title, language, date, number, expressionDate, LocalDate.now(ZoneOffset.UTC));
    }

    void refuseForAkomaNtoso() {
        Map<String, String> given = new LinkedHashMap<>();
        given.put("country", country);
        given.put("documentType", documentType);
        given.put("title", title);
        given.put("language", language);
        given.put("date", date);
        given.put("number", number);
        given.put("expressionDate", expressionDate);
        given.forEach((name, value) -> {
            if (value != null) {
                throw new RuleViolation(name, name + " is for Word and PDF drafts only: an Akoma Ntoso document names its work "
                        + "itself (FRBRWork, FRBRExpression), so leave the query parameters out.");
            }
        });
    }
}
