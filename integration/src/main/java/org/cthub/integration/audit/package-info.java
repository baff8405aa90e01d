/** Recording changes and reads in the audit log, and checking that its hash chain holds. */
package org.cthub.integration.audit;
