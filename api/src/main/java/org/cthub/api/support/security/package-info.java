/** Bearer token verification, the caller's identity and roles. Deny by default. */
package org.cthub.api.support.security;
