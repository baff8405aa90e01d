package org.cthub.api.support;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The hub's REST API, served at the root of the server. */
@ApplicationPath("/")
public class HubApplication extends Application {
}
