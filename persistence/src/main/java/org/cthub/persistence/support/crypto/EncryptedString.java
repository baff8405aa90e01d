package org.cthub.persistence.support.crypto;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Stores a String attribute encrypted: put {@code @Convert(converter = EncryptedString.class)} on the field
 * and give the column room for the key id, IV, tag and base64 (about 4/3 × plaintext + 40 characters).
 * The cipher is built once from configuration on first use.
 */
@Converter
public class EncryptedString implements AttributeConverter<String, String> {

    private static volatile FieldCipher cipher;

    @Override
    public String convertToDatabaseColumn(String plaintext) {
        return cipher().encrypt(plaintext);
    }

    @Override
    public String convertToEntityAttribute(String stored) {
        return cipher().decrypt(stored);
    }

    private static FieldCipher cipher() {
        FieldCipher current = cipher;
        if (current == null) {
            synchronized (EncryptedString.class) {
                if (cipher == null) {
                    cipher = new FieldCipher(KeyRingSource.from(ConfigProvider.getConfig()));
                }
                current = cipher;
            }
        }
        return current;
    }
}
