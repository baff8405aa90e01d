/** What every feature's persistence shares: schema migration at start, the domain's typed refusals, enum codes and version checks. */
package org.cthub.persistence.support;
