/**
 * The access API: the OAuth2 token endpoint (client credentials grant) and the hub-admin's management of
 * API clients.
 */
package org.cthub.api.access;
