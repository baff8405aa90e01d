/**
 * Shared data: privacy-safe aggregates for working-group secretariats and partners, protected by statistical
 * disclosure control (primary and complementary suppression under a threshold k, and cell-key perturbation
 * against differencing).
 */
package org.cthub.integration.statistics;
