package org.cthub.persistence.support.crypto;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Loads the field-encryption key ring when the hub starts, not at the first encrypted write: a malformed
 * HUB_ENCRYPTION_KEY stops the deployment with a clear message, and the embedded default's key file exists
 * from the first start, ready to be backed up with the database.
 */
@ApplicationScoped
public class FieldKeysAtStart {

    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE + 10) @Initialized(ApplicationScoped.class) Object ignored) {
        KeyRingSource.from(ConfigProvider.getConfig());
    }
}
