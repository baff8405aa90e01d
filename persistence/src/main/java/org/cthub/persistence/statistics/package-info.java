/** The records shared-data aggregates are counted from: metadata only, never a personal field. */
package org.cthub.persistence.statistics;
