package org.cthub.persistence.support.crypto;

/**
 * A stored value could not be decrypted: it was altered, truncated, or written under a key the ring lacks.
 * Never carries the value itself.
 */
public class FieldDecryptionFailed extends RuntimeException {

    public FieldDecryptionFailed(String message) {
        super(message);
    }

    public FieldDecryptionFailed(String message, Throwable cause) {
        super(message, cause);
    }
}
