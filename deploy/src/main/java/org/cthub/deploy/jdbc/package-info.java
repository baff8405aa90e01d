/** The JDBC driver of the server module {@code org.cthub.jdbc}: routes a URL to H2 or PostgreSQL. */
package org.cthub.deploy.jdbc;
