/** The append-only, hash-chained audit log of every change and every read of personal data. */
package org.cthub.persistence.audit;
