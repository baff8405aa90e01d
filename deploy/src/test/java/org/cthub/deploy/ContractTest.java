package org.cthub.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.tags.Tag;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.cthub.deploy.support.Contract;
import org.cthub.deploy.support.Contract.DocumentedOperation;
import org.cthub.deploy.support.Contract.Endpoint;
import org.cthub.deploy.support.JaxRsEndpoints;
import org.junit.jupiter.api.Test;

/**
 * The contract is complete and true, checked on the document the build wrote (which {@code OpenApiIT} shows is the
 * one the hub serves). Each check collects every operation at fault, so one run lists all that is missing.
 */
class ContractTest {

    private static final Pattern OPERATION_ID = Pattern.compile("[a-z][A-Za-z0-9]*");
    private static final String PROBLEM = "application/problem+json";
    private static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";
    /** The token endpoint's errors are problems that also carry OAuth2's {@code error} code (RFC 6749, 5.2). */
    private static final String TOKEN_ERROR_SCHEMA = "#/components/schemas/TokenError";
    /** The one operation an integrator calls before it has a token. */
    private static final Endpoint TOKEN = new Endpoint("POST", "/oauth2/token");

    private final OpenAPI api = Contract.document();

    @Test
    void parsesAndValidatesAsOpenApi31() {
        SwaggerParseResult result = Contract.parse(Contract.json());
        assertThat(result.getMessages()).as("swagger-parser's validation messages").isEmpty();
        // WildFly 39 (SmallRye OpenAPI 4.2, MicroProfile OpenAPI 4.1) writes OpenAPI 3.1.0; the README says so
        assertThat(result.getOpenAPI().getOpenapi()).isEqualTo("3.1.0");
        assertThat(result.getOpenAPI().getPaths()).hasSizeGreaterThan(50);
    }

    @Test
    void documentsEveryOperationTheResourcesServeAndNothingElse() {
        JaxRsEndpoints.Served served = JaxRsEndpoints.of("org.cthub.api");
        SortedSet<Endpoint> documented = Contract.operations(api).map(DocumentedOperation::endpoint)
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(served.subResourceLocators()).as("sub-resource locators (this scan would not follow them)").isEmpty();
        assertThat(served.documented()).as("resource methods").hasSizeGreaterThan(80);
        assertThat(documented).as("operations in the contract").containsExactlyElementsOf(served.documented());
        // the docs page is HTML for people, not part of the API: the only resource methods kept out of the contract
        assertThat(served.hidden()).isNotEmpty()
                .allSatisfy(endpoint -> assertThat(endpoint.path()).startsWith("/docs"));
    }

    @Test
    void everyOperationIsNamedSummarisedDescribedAndTagged() {
        Set<String> declaredTags = api.getTags().stream().map(Tag::getName).collect(Collectors.toSet());
        Map<String, Endpoint> operationIds = new HashMap<>();
        List<String> faults = new ArrayList<>();
        Contract.operations(api).forEach(documented -> {
            Endpoint at = documented.endpoint();
            Operation operation = documented.operation();
            String id = operation.getOperationId();
            if (id == null || !OPERATION_ID.matcher(id).matches()) {
                faults.add(at + ": operationId " + id + " is not lowerCamelCase");
            } else if (operationIds.putIfAbsent(id, at) != null) {
                faults.add(at + ": operationId " + id + " is also " + operationIds.get(id));
            }
            if (blank(operation.getSummary())) {
                faults.add(at + ": no summary");
            } else if (operation.getSummary().length() > 80 || operation.getSummary().endsWith(".")) {
                faults.add(at + ": the summary should be a short title (≤ 80 characters, no full stop)");
            }
            if (blank(operation.getDescription())) {
                faults.add(at + ": no description");
            }
            if (operation.getTags() == null || operation.getTags().isEmpty()) {
                faults.add(at + ": no tag");
            } else if (!declaredTags.containsAll(operation.getTags())) {
                faults.add(at + ": tag " + operation.getTags() + " is not declared at the top of the document");
            }
        });
        assertThat(faults).isEmpty();
    }

    @Test
    void everyOperationDocumentsItsSecurityAndItsErrorsAsProblems() {
        List<String> faults = new ArrayList<>();
        assertThat(api.getSecurity()).as("the document's default security").singleElement()
                .satisfies(requirement -> assertThat(requirement).containsOnlyKeys("bearer"));
        Contract.operations(api).forEach(documented -> {
            Endpoint at = documented.endpoint();
            Operation operation = documented.operation();
            Map<String, ApiResponse> responses = Objects.requireNonNullElse(operation.getResponses(), Map.of());
            if (responses.keySet().stream().noneMatch(code -> code.startsWith("2"))) {
                faults.add(at + ": no success response");
            }
            if (at.equals(TOKEN)) {
                if (operation.getSecurity() == null || operation.getSecurity().stream().noneMatch(r -> r.containsKey("clientBasic"))) {
                    faults.add(at + ": the token endpoint must say it takes the client's id and secret (clientBasic)");
                }
            } else {
                if (operation.getSecurity() != null && operation.getSecurity().stream().anyMatch(r -> !r.containsKey("bearer"))) {
                    faults.add(at + ": every operation but the token endpoint takes a bearer token");
                }
                for (String code : List.of("401", "403")) {
                    if (!responses.containsKey(code)) {
                        faults.add(at + ": " + code + " is not documented");
                    }
                }
            }
            responses.forEach((code, response) -> {
                if (code.startsWith("4") || code.startsWith("5")) {
                    ApiResponse resolved = resolve(response);
                    MediaType problem = resolved == null || resolved.getContent() == null ? null : resolved.getContent().get(PROBLEM);
                    String schema = problem == null || problem.getSchema() == null ? null : problem.getSchema().get$ref();
                    if (!PROBLEM_SCHEMA.equals(schema) && !(at.equals(TOKEN) && TOKEN_ERROR_SCHEMA.equals(schema))) {
                        faults.add(at + " " + code + ": not an " + PROBLEM + " Problem");
                    }
                    if (resolved != null && blank(resolved.getDescription())) {
                        faults.add(at + " " + code + ": says nothing about when it happens");
                    }
                }
            });
        });
        assertThat(faults).isEmpty();
    }

    @Test
    void everyBodyHasASchemaAndEveryListIsPaged() {
        List<String> faults = new ArrayList<>();
        Contract.operations(api).forEach(documented -> {
            Endpoint at = documented.endpoint();
            Operation operation = documented.operation();
            if (operation.getRequestBody() != null) {
                schemasPresent(at + " request", operation.getRequestBody().getContent(), faults);
            }
            operation.getResponses().forEach((code, response) -> {
                if (code.startsWith("2")) {
                    schemasPresent(at + " " + code, resolve(response).getContent(), faults);
                    if (resolve(response).getContent() != null && resolve(response).getContent().containsKey(PROBLEM)) {
                        faults.add(at + " " + code + ": a success is never a problem (a class-level @Produces leaks into it)");
                    }
                    boolean paged = resolve(response).getContent() != null && resolve(response).getContent().values().stream()
                            .map(MediaType::getSchema).filter(Objects::nonNull)
                            .anyMatch(schema -> schema.get$ref() != null && schema.get$ref().startsWith("#/components/schemas/Page"));
                    if (paged) {
                        pagingParameters(at, operation, faults);
                    }
                }
            });
        });
        assertThat(faults).isEmpty();
    }

    private static void pagingParameters(Endpoint at, Operation operation, List<String> faults) {
        Map<String, Parameter> query = operation.getParameters() == null ? Map.of() : operation.getParameters().stream()
                .filter(p -> "query".equals(p.getIn()))
                .collect(Collectors.toMap(Parameter::getName, p -> p, (a, b) -> a));
        for (String name : List.of("page", "size")) {
            Parameter parameter = query.get(name);
            if (parameter == null) {
                faults.add(at + ": returns a page but has no " + name + " parameter");
            } else if (parameter.getSchema() == null || parameter.getSchema().getMinimum() == null) {
                faults.add(at + ": " + name + " has no minimum");
            } else if (name.equals("size") && parameter.getSchema().getMaximum() == null) {
                faults.add(at + ": size has no maximum");
            }
        }
    }

    private static void schemasPresent(String where, Content content, List<String> faults) {
        if (content == null) {
            return;
        }
        content.forEach((mediaType, body) -> {
            if (body.getSchema() == null) {
                faults.add(where + " " + mediaType + ": no schema");
            }
        });
    }

    private ApiResponse resolve(ApiResponse response) {
        if (response.get$ref() == null) {
            return response;
        }
        String name = response.get$ref().substring(response.get$ref().lastIndexOf('/') + 1);
        return api.getComponents().getResponses().get(name);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
