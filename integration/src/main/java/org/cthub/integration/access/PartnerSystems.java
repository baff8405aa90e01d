package org.cthub.integration.access;

import java.util.UUID;

/** What access needs to know of the partner directory: whether a partner system belongs to an organisation. */
public interface PartnerSystems {

    boolean exists(UUID organisationId, UUID partnerSystemId);
}
