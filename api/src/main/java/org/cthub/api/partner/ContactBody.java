package org.cthub.api.partner;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.cthub.persistence.partner.Contact;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An organisation's own contact: a desk or office, never a victim's details. */
@Schema(name = "Contact", description = "Organisational contact (desk, switchboard, office address); never personal data of victims.")
public record ContactBody(
        @Schema(example = "office@partner.example.org") @NotBlank @Email @Size(max = 254) String email,
        @Schema(example = "+355 4 000 000") @Size(max = 50) String phone,
        @Schema(example = "Rruga e Durresit 1, Tirana") @Size(max = 500) String address) {

    static ContactBody of(Contact contact) {
        return new ContactBody(contact.email(), contact.phone(), contact.address());
    }
}
