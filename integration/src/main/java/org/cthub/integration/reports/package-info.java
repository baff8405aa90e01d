/** Standardised NGO reports: templates, report profiles that map an NGO's layout onto them, and the row checks. */
package org.cthub.integration.reports;
