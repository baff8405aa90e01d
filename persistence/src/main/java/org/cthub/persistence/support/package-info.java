/** What every feature's persistence shares: schema migration at start and the domain's typed refusals. */
package org.cthub.persistence.support;
