package org.cthub.deploy.support;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.SortedSet;
import java.util.regex.Pattern;
import org.cthub.deploy.support.Contract.Endpoint;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The operations the hub's JAX-RS resources serve, read from the classes the WAR packs (the api module): every
 * public resource method with an HTTP method designator, under its class's and its own {@code @Path}, with regular
 * expressions dropped from templates ({@code {id: [0-9]+}} is {@code {id}}, as OpenAPI writes it).
 */
public final class JaxRsEndpoints {

    private static final Pattern TEMPLATE_REGEX = Pattern.compile("\\{\\s*(\\w+)\\s*:[^}]*}");

    /** The resource methods served, and those among them that {@code @Operation(hidden = true)} keeps out of the contract. */
    public record Served(SortedSet<Endpoint> documented, SortedSet<Endpoint> hidden, List<String> subResourceLocators) {
    }

    private JaxRsEndpoints() {
    }

    public static Served of(String rootPackage) {
        SortedSet<Endpoint> documented = new TreeSet<>();
        SortedSet<Endpoint> hidden = new TreeSet<>();
        List<String> locators = new ArrayList<>();
        for (JavaClass javaClass : new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(rootPackage)) {
            if (!javaClass.isAnnotatedWith(Path.class)) {
                continue;
            }
            Class<?> resource = javaClass.reflect();
            String classPath = resource.getAnnotation(Path.class).value();
            for (Method method : resource.getMethods()) {
                if (Modifier.isStatic(method.getModifiers()) || method.isBridge() || method.isSynthetic()) {
                    continue;
                }
                String httpMethod = httpMethod(method);
                Path methodPath = method.getAnnotation(Path.class);
                if (httpMethod == null) {
                    if (methodPath != null) {
                        locators.add(resource.getSimpleName() + "." + method.getName());
                    }
                    continue;
                }
                Endpoint endpoint = new Endpoint(httpMethod, join(classPath, methodPath == null ? "" : methodPath.value()));
                Operation operation = method.getAnnotation(Operation.class);
                (operation != null && operation.hidden() ? hidden : documented).add(endpoint);
            }
        }
        return new Served(documented, hidden, locators);
    }

    private static String httpMethod(Method method) {
        for (var annotation : method.getAnnotations()) {
            HttpMethod designator = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (designator != null) {
                return designator.value();
            }
        }
        return null;
    }

    static String join(String classPath, String methodPath) {
        String joined = ("/" + classPath + "/" + methodPath).replaceAll("/+", "/");
        if (joined.length() > 1 && joined.endsWith("/")) {
            joined = joined.substring(0, joined.length() - 1);
        }
        return TEMPLATE_REGEX.matcher(joined).replaceAll("{$1}");
    }
}
