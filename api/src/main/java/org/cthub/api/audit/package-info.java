/** The audit log over HTTP, for the hub operator: who changed what, newest first. */
package org.cthub.api.audit;
