package org.cthub.deploy.support;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives a test the shared {@link Hub}: started on first use, closed (hub stopped, database dropped) when
 * the whole test run ends.
 */
public class HubExtension implements ParameterResolver {

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Hub.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.create(HubExtension.class))
                .getOrComputeIfAbsent(Hub.class, key -> new Hub(), Hub.class);
    }
}
