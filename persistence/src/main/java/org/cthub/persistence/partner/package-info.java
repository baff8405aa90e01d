/**
 * The partner directory: organisations and their contacts, countries' roles over time, working groups,
 * partner systems with their channels, and the assistance each organisation offers where.
 */
package org.cthub.persistence.partner;
