/** The HTTP face of standardised NGO reports: templates, report profiles, uploads, validation reports and review. */
package org.cthub.api.reports;
