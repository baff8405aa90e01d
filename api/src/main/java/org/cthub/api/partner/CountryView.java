package org.cthub.api.partner;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.cthub.persistence.partner.Country;
import org.cthub.persistence.partner.CountryRole;
import org.cthub.persistence.support.Codes;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A country with the roles it holds today, the dated history of all its roles, and its focal point. */
@Schema(name = "Country", example = """
        {
          "code": "MK",
          "name": "North Macedonia",
          "currentRoles": [
            "transit",
            "destination"
          ],
          "roles": [
            {
              "id": "8b9c0d1e-2f3a-4b4c-9d5e-6f7a8b9c0d1e",
              "role": "transit",
              "validFrom": "2001-01-01"
            },
            {
              "id": "3e4f5a6b-7c8d-4e9f-a0b1-c2d3e4f5a6b7",
              "role": "destination",
              "validFrom": "2001-01-01"
            }
          ],
          "focalPoint": "8d2f4b6a-1c3e-4f5a-9b7c-2e4d6f8a0b1c"
        }
        """)
public record CountryView(String code, String name,
        @Schema(type = SchemaType.ARRAY, implementation = CountryRoleKindCode.class, description = "Roles held today") List<String> currentRoles,
        List<Role> roles,
        @Schema(description = "The organisation that coordinates counter-trafficking in the country (national coordinator or "
                + "referral mechanism): it gets rapid-response referrals and the escalations of unanswered ones; absent when none is set")
        UUID focalPoint) {

    /** One role over one period. */
    @Schema(name = "CountryRole", example = """
            {
              "id": "8b9c0d1e-2f3a-4b4c-9d5e-6f7a8b9c0d1e",
              "role": "transit",
              "validFrom": "2001-01-01"
            }
            """)
    public record Role(UUID id, @Schema(enumeration = {"origin", "transit", "destination"}) String role,
            @Schema(format = "date") String validFrom,
            @Schema(format = "date", description = "Last day held; absent while it holds") String validTo) {

        static Role of(CountryRole r) {
            return new Role(r.id(), Codes.of(r.role()), r.validFrom().toString(),
                    r.validTo() == null ? null : r.validTo().toString());
        }
    }

    static CountryView of(Country country, List<CountryRole> roles, LocalDate today) {
        return new CountryView(country.code().value(), country.name(),
                roles.stream().filter(r -> r.isHeldOn(today)).map(r -> Codes.of(r.role())).distinct().toList(),
                roles.stream().map(Role::of).toList(), country.focalPoint().orElse(null));
    }
}
