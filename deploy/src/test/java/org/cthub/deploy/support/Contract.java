package org.cthub.deploy.support;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The contract as the build wrote it: {@code target/contract/openapi.json}, produced in {@code process-classes} by the
 * same SmallRye OpenAPI that WildFly runs, from the same static base document and annotations. The generated Java
 * client is built from this file, and {@code OpenApiIT} checks that the running hub serves exactly it.
 */
public final class Contract {

    private Contract() {
    }

    public static Path file() {
        Path file = Path.of(System.getProperty("hub.contract", "target/contract/openapi.json"));
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException(file.toAbsolutePath() + " is missing: build the deploy module "
                    + "(its process-classes phase writes the contract) before running this test");
        }
        return file;
    }

    public static String json() {
        try {
            return Files.readString(file());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parsed as written: references are kept, so a check sees where a schema or response comes from. */
    public static SwaggerParseResult parse(String json) {
        ParseOptions options = new ParseOptions();
        options.setResolve(false);
        return new OpenAPIV3Parser().readContents(json, null, options);
    }

    public static OpenAPI document() {
        return parse(json()).getOpenAPI();
    }

    /** One operation of the document with where it sits. */
    public record DocumentedOperation(Endpoint endpoint, Operation operation) {
    }

    public static Stream<DocumentedOperation> operations(OpenAPI api) {
        return api.getPaths().entrySet().stream().flatMap(path -> path.getValue().readOperationsMap().entrySet().stream()
                .map(op -> new DocumentedOperation(
                        new Endpoint(op.getKey().name(), path.getKey()), op.getValue())));
    }

    /** An HTTP method and a path template, as the document writes it: {@code GET /referrals/{referralId}}. */
    public record Endpoint(String method, String path) implements Comparable<Endpoint> {

        public Endpoint {
            method = method.toUpperCase(Locale.ROOT);
        }

        public static Endpoint of(PathItem.HttpMethod method, String path) {
            return new Endpoint(method.name(), path);
        }

        @Override
        public int compareTo(Endpoint other) {
            int byPath = path.compareTo(other.path);
            return byPath != 0 ? byPath : method.compareTo(other.method);
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }
}
