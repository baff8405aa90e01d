package org.cthub.persistence.partner;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.cthub.persistence.support.RuleViolation;

/**
 * How to reach an organisation as an organisation (a desk, a switchboard, an office address): never a
 * person's private details and never a victim's.
 */
@Embeddable
public class Contact {

    @Column(name = "contact_email", nullable = false, length = 254)
    private String email;

    @Column(name = "contact_phone", length = 50)
    private String phone;

    @Column(name = "contact_address", length = 500)
    private String address;

    protected Contact() {
    }

    public Contact(String email, String phone, String address) {
        if (email == null || email.isBlank()) {
            throw new RuleViolation("contact.email", "contact.email is required: an organisational mailbox");
        }
        this.email = email.trim();
        this.phone = blankToNull(phone);
        this.address = blankToNull(address);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public String email() {
        return email;
    }

    public String phone() {
        return phone;
    }

    public String address() {
        return address;
    }
}
