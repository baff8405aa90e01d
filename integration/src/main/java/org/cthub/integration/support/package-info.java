/** What every flow shares: the Camel context's lifecycle and the hub's health checks. */
package org.cthub.integration.support;
