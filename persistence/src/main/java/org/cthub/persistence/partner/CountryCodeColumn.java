package org.cthub.persistence.partner;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a {@link CountryCode} as its two letters. */
@Converter(autoApply = true)
public class CountryCodeColumn implements AttributeConverter<CountryCode, String> {

    @Override
    public String convertToDatabaseColumn(CountryCode country) {
        return country == null ? null : country.value();
    }

    @Override
    public CountryCode convertToEntityAttribute(String code) {
        return CountryCode.stored(code);
    }
}
