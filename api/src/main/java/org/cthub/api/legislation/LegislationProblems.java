package org.cthub.api.legislation;

/** Descriptions of the problem responses the draft legislation operations document. */
final class LegislationProblems {

    static final String MEDIA = "application/problem+json";
    static final String BAD_REQUEST = "A query parameter fails validation (errors lists the parameters)";
    static final String NOT_FOUND = "No such draft or version, or a draft your organisation did not submit: the two are not told apart";
    static final String TOO_LARGE = "The document is larger than hub.legislation.max-document-bytes (default 5 MiB)";
    static final String UNSUPPORTED = "The body is not sent as application/akn+xml or application/xml";
    static final String UNPROCESSABLE = "The document is refused, and the detail says why: not well-formed XML; a DOCTYPE "
            + "(DTDs, entities, XXE and entity expansion are never accepted); nesting deeper than 100 elements; an external "
            + "schema reference (xsi:schemaLocation); not Akoma Ntoso 3.0 (root akomaNtoso in its namespace); not valid against "
            + "the OASIS schema; not a bill, act or plan of action; no title; an article without eId or two with the same. "
            + "Nothing was stored.";

    private LegislationProblems() {
    }
}
