/**
 * Access for API clients: registering, rotating and revoking client credentials, issuing the hub's signed
 * access tokens for them, the hub's signing key, and the first hub-admin at start.
 */
package org.cthub.integration.access;
