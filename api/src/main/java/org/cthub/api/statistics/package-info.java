/** Shared data: protected aggregates for secretariats, partners and the hub operator. */
package org.cthub.api.statistics;
