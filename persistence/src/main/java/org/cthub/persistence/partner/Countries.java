package org.cthub.persistence.partner;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.cthub.persistence.support.RecordNotFound;

/** The countries the network works in and their roles over time. */
@ApplicationScoped
public class Countries {

    @PersistenceContext(unitName = "cthub")
    EntityManager em;

    public List<Country> all() {
        return em.createQuery("select c from Country c order by c.code", Country.class).getResultList();
    }

    public Optional<Country> find(CountryCode code) {
        return Optional.ofNullable(em.find(Country.class, code.value()));
    }

    public Country get(CountryCode code) {
        return find(code).orElseThrow(() -> new RecordNotFound("Country", code));
    }

    /** The country, added to the directory first if the network did not work there yet. */
    public Country getOrAdd(CountryCode code) {
        return find(code).orElseGet(() -> {
            Country country = new Country(code);
            em.persist(country);
            return country;
        });
    }

    public void addRole(CountryRole role) {
        em.persist(role);
    }

    public List<CountryRole> roles() {
        return em.createQuery("select r from CountryRole r order by r.country, r.role, r.validFrom", CountryRole.class)
                .getResultList();
    }

    public List<CountryRole> rolesOf(CountryCode country) {
        return em.createQuery("select r from CountryRole r where r.country = :country order by r.role, r.validFrom",
                CountryRole.class).setParameter("country", country).getResultList();
    }

    /** The roles the country holds on that day. */
    public Set<CountryRoleKind> rolesOn(CountryCode country, LocalDate day) {
        Set<CountryRoleKind> held = EnumSet.noneOf(CountryRoleKind.class);
        rolesOf(country).stream().filter(role -> role.isHeldOn(day)).forEach(role -> held.add(role.role()));
        return held;
    }

    public CountryRole role(CountryCode country, UUID id) {
        CountryRole role = em.find(CountryRole.class, id);
        if (role == null || !role.country().equals(country)) {
            throw new RecordNotFound("Country role", id);
        }
        return role;
    }
}
