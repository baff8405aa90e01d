/** The integrators' documentation page (Swagger UI over /openapi). */
package org.cthub.api.docs;
