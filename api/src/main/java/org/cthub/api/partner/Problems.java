package org.cthub.api.partner;

/**
 * The media type of the directory's operation-specific problem responses. The common ones (400, 401, 403,
 * 404, 409, 412, 422, 428) are declared once in the base document's components and referenced by name.
 */
final class Problems {

    static final String MEDIA = "application/problem+json";

    private Problems() {
    }
}
