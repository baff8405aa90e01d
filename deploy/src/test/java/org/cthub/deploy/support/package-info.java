/** The black-box test harness: the hub as a child process on a fresh PostgreSQL database. */
package org.cthub.deploy.support;
