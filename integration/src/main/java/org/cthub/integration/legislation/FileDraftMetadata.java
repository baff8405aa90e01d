package org.cthub.integration.legislation;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.cthub.persistence.legislation.DocumentType;
import org.cthub.persistence.legislation.DraftMetadata;
import org.cthub.persistence.support.Codes;
import org.cthub.persistence.support.RuleViolation;

/**
 * What a Word or PDF draft cannot say about itself in Akoma Ntoso terms, given with the submission: country,
 * type, title, language, work date and number, expression date. The FRBR URIs follow the Akoma Ntoso naming
 * convention exactly as an Akoma Ntoso document of the same work carries them, so Word, PDF and Akoma Ntoso
 * submissions of one work are versions of one draft: work {@code /akn/md/bill/2026-11-01/12}, expression
 * {@code /akn/md/bill/2026-11-01/12/ron@2026-11-28}. A plan of action is an Akoma Ntoso {@code doc} named
 * {@code planOfAction}, whose name is the URI's subtype: {@code /akn/md/doc/planOfAction/2026-11-01/12}.
 * Each refusal names its parameter.
 */
public record FileDraftMetadata(String country, DocumentType documentType, String title, String language, LocalDate date,
        String number, LocalDate expressionDate) {

    public static final String PLAN_OF_ACTION = "planOfAction";
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{3}");
    private static final Pattern NUMBER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,39}");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /** The parameters as sent (null when absent); today (UTC) is the expression date when none is given. */
    public static FileDraftMetadata of(String country, String documentType, String title, String language, String date,
            String number, String expressionDate, LocalDate today) {
        return new FileDraftMetadata(country(country), Codes.parse(DocumentType.class, blankToNull(documentType), "documentType"),
                title(title), language(language), date("date", date), number(number),
                blankToNull(expressionDate) == null ? today : date("expressionDate", expressionDate));
    }

    /** The Akoma Ntoso element of this type: bill, act, or doc (named planOfAction). */
    public String aknElement() {
        return switch (documentType) {
            case BILL -> "bill";
            case ACT -> "act";
            case PLAN_OF_ACTION -> "doc";
        };
    }

    public String workUri() {
        String type = documentType == DocumentType.PLAN_OF_ACTION ? "doc/" + PLAN_OF_ACTION : aknElement();
        return "/akn/" + country.toLowerCase(Locale.ROOT) + "/" + type + "/" + date + "/" + number;
    }

    public String expressionUri() {
        return workUri() + "/" + language + "@" + expressionDate;
    }

    public DraftMetadata metadata() {
        return new DraftMetadata(workUri(), expressionUri(), documentType, country, language, title);
    }

    private static String country(String value) {
        String code = required("country", value).toUpperCase(Locale.ROOT);
        if (code.length() != 2 || !COUNTRIES.contains(code)) {
            throw new RuleViolation("country", "country must be an ISO 3166-1 alpha-2 code, such as MD.");
        }
        return code;
    }

    private static String title(String value) {
        String title = ReadingAkomaNtoso.normalised(required("title", value));
        if (title.length() > DraftMetadata.MAX_TITLE) {
            throw new RuleViolation("title", "title is longer than " + DraftMetadata.MAX_TITLE + " characters.");
        }
        return title;
    }

    private static String language(String value) {
        String code = required("language", value);
        if (!LANGUAGE.matcher(code).matches()) {
            throw new RuleViolation("language", "language must be an ISO 639-2/B code of three lower-case letters, such as ron.");
        }
        return code;
    }

    private static String number(String value) {
        String number = required("number", value);
        if (!NUMBER.matcher(number).matches()) {
            throw new RuleViolation("number", "number must be 1 to 40 letters, digits or hyphens, starting with a letter or digit, "
                    + "as it stands in the work URI.");
        }
        return number;
    }

    private static LocalDate date(String name, String value) {
        String text = required(name, value);
        try {
            if (DATE.matcher(text).matches()) {
                return LocalDate.parse(text);
            }
        } catch (DateTimeException e) {
            // falls through to the refusal below
        }
        throw new RuleViolation(name, name + " must be a date as yyyy-MM-dd.");
    }

    private static String required(String name, String value) {
        if (blankToNull(value) == null) {
            throw new RuleViolation(name, name + " is required for a Word or PDF draft: it names the work in Akoma Ntoso terms.");
        }
        return value.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
