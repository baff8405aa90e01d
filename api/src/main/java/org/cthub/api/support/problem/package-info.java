/** RFC 9457 problem details: every error the API returns, mapped in one place. */
package org.cthub.api.support.problem;
