package org.cthub.api.legislation;

/** Descriptions of the problem responses the draft legislation operations document. */
final class LegislationProblems {

    static final String MEDIA = "application/problem+json";
    static final String BAD_REQUEST = "A query parameter fails validation (errors lists the parameters)";
    static final String NOT_FOUND = "No such draft, version or comment, or a draft your organisation neither submitted nor was asked "
            + "to review: the two are not told apart";
    static final String CONFLICT = "The draft's status does not allow it (the detail names the status): comments and opinions are "
            + "taken while it is under review, commented or revised; an adopted or withdrawn draft takes nothing more; a comment "
            + "already marked addressed stays so";
    static final String INVALID = "The body fails validation (errors lists the fields), or breaks a rule the detail names: an eId "
            + "that version does not have, a version that does not exist, a reviewer that is not an active organisation, an unknown "
            + "working group, your own organisation as reviewer, no reviewer at all";
    static final String NOT_PERMITTED = "You see the draft but may not do this: only its submitter asks for review (or the hub "
            + "operator), marks comments addressed and decides; only the organisations asked comment and give opinions";
    static final String TOO_LARGE = "The document is larger than hub.legislation.max-document-bytes (default 5 MiB)";
    static final String UNSUPPORTED = "The body is not sent as application/akn+xml, application/xml, "
            + "application/vnd.openxmlformats-officedocument.wordprocessingml.document or application/pdf";
    static final String NO_AKN = "The version was submitted as PDF and has no Akoma Ntoso: download it as submitted";
    static final String NO_ARTICLES = "One of the versions was submitted as PDF and has no articles to compare: submit its text "
            + "as Akoma Ntoso or Word";
    static final String UNPROCESSABLE = "The document is refused, and the detail says why: not well-formed XML; a DOCTYPE "
            + "(DTDs, entities, XXE and entity expansion are never accepted); nesting deeper than 100 elements; an external "
            + "schema reference (xsi:schemaLocation); not Akoma Ntoso 3.0 (root akomaNtoso in its namespace); not valid against "
            + "the OASIS schema; not a bill, act or plan of action; no title; an article without eId or two with the same. "
            + "For Word and PDF: a query parameter missing or malformed (errors names it), an empty body, a .docx that is "
            + "no zip, truncated or damaged, a zip bomb, a DOCTYPE in one of its parts, no article in it; a PDF without the "
            + "%PDF- signature. For Akoma Ntoso: any of the Word and PDF query parameters. Nothing was stored.";

    private LegislationProblems() {
    }
}
