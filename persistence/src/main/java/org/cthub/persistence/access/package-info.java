/** API clients: who may exchange client credentials for a bearer token, with which roles, for which partner system. */
package org.cthub.persistence.access;
