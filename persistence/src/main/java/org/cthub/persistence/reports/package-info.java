/** Standardised NGO reports as stored: report profiles, reports with their versions (imports), and their rows. */
package org.cthub.persistence.reports;
