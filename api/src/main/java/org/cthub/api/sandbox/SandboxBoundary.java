package org.cthub.api.sandbox;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;
import java.util.function.Supplier;
import org.cthub.api.delivery.InboxResource;
import org.cthub.api.partner.CountryResource;
import org.cthub.api.partner.OrganisationResource;
import org.cthub.api.partner.PartnerSystemResource;
import org.cthub.api.partner.ServiceResource;
import org.cthub.api.referral.FollowUpResource;
import org.cthub.api.referral.ReferralAnswerResource;
import org.cthub.api.referral.ReferralResource;
import org.cthub.api.support.security.SandboxSides;

/**
 * The sandbox boundary at the API, after the role check: sandbox callers reach only the referral flow and what
 * it needs ({@link #REFERRAL_FLOW}), every other operation answers them 403; and under
 * {@code /organisations/{id}}, an organisation on the other side of the boundary is not found, for anyone but
 * the hub operator. Kept here, in one list, rather than on each resource.
 */
@Provider
public class SandboxBoundary implements DynamicFeature {

    /** What sandbox credentials cover: referrals, their answers and follow-ups, the inbox, the directory, own systems. */
    static final Set<Class<?>> REFERRAL_FLOW = Set.of(ReferralResource.class, ReferralAnswerResource.class, FollowUpResource.class,
            InboxResource.class, OrganisationResource.class, PartnerSystemResource.class, ServiceResource.class,
            CountryResource.class, SandboxResource.class);
    private static final String ORGANISATION_PATH = "organisations/{id}";

    /** Looked up when first needed: JAX-RS, not CDI, makes this feature. */
    private final Supplier<SandboxSides> sides = new Supplier<>() {
        private volatile SandboxSides bean;

        @Override
        public SandboxSides get() {
            if (bean == null) {
                bean = CDI.current().select(SandboxSides.class).get();
            }
            return bean;
        }
    };

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        Class<?> type = resource.getResourceClass();
        if (!REFERRAL_FLOW.contains(type)) {
            context.register(new ReferralsOnly(sides), Priorities.AUTHORIZATION + 10);
        }
        if (template(resource).startsWith(ORGANISATION_PATH)) {
            context.register(new OrganisationOnCallersSide(sides), Priorities.AUTHORIZATION + 20);
        }
    }

    private static String template(ResourceInfo resource) {
        Path type = resource.getResourceClass().getAnnotation(Path.class);
        Path method = resource.getResourceMethod().getAnnotation(Path.class);
        String path = (type == null ? "" : type.value()) + "/" + (method == null ? "" : method.value());
        return path.replaceAll("/+", "/").replaceAll("^/", "");
    }
}
