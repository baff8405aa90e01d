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
@Schema(name = "Country")
public record CountryView(String code, String name,
        @Schema(type = SchemaType.ARRAY, implementation = CountryRoleKindCode.class, description = "Roles held today") List<String> currentRoles,
        List<Role> roles,
        @Schema(description = "The organisation that coordinates counter-trafficking in the country (national coordinator or "
                + "referral mechanism): it gets rapid-response referrals and the escalations of unanswered ones; absent when none is set")
        UUID focalPoint) {

    /** One role over one period. */
    @Schema(name = "CountryRole")
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
