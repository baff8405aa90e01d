package org.cthub.persistence.partner;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A country the network works in. Its roles are {@link CountryRole} rows, dated. */
@Entity
@Table(name = "country")
public class Country {

    @Id
    @Column(length = 2)
    private String code;

    @Column(nullable = false, length = 100)
    private String name;

    protected Country() {
    }

    public Country(CountryCode code) {
        this.code = code.value();
        this.name = code.displayName();
    }

    public CountryCode code() {
        return CountryCode.stored(code);
    }

    public String name() {
        return name;
    }
}
