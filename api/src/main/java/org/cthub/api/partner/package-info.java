/**
 * The partner directory over HTTP: organisations, their partner systems and service offerings, countries
 * and their roles, working groups. Resources check the caller's scope, call one use case and answer with
 * records; updates are conditional on the version the caller read (ETag / If-Match).
 */
package org.cthub.api.partner;
