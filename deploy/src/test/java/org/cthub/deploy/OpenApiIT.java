package org.cthub.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.tags.Tag;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.response.Response;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cthub.deploy.support.Contract;
import org.cthub.deploy.support.Directory;
import org.cthub.deploy.support.Hub;
import org.cthub.deploy.support.HubExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(HubExtension.class)
class OpenApiIT {

    @Test
    void servesTheMergedContractWithoutAToken(Hub hub) {
        String json = hub.anonymous().get("/openapi?format=JSON").then().statusCode(200).extract().asString();
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(json);
        OpenAPI api = result.getOpenAPI();
        assertThat(result.getMessages()).isEmpty();
        assertThat(api.getInfo().getTitle()).isEqualTo("CT Hub API");
        assertThat(api.getComponents().getSecuritySchemes()).containsKeys("bearer", "clientCredentials");
        assertThat(api.getComponents().getSchemas()).containsKey("Problem");

        // the token endpoint alone opts out of the bearer token; everything else inherits it
        var token = api.getPaths().get("/oauth2/token").getPost();
        assertThat(token.getSecurity()).anySatisfy(req -> assertThat(req).containsKey("clientBasic"));
        api.getPaths().forEach((path, item) -> item.readOperations().forEach(operation -> {
            if (!path.equals("/oauth2/token")) {
                if (operation.getSecurity() != null) {
                    assertThat(operation.getSecurity()).as(path).allSatisfy(req -> assertThat(req).containsKey("bearer"));
                }
                assertThat(operation.getResponses()).as(path + " documents its errors").isNotEmpty();
            }
        }));
    }

    @Test
    void servesExactlyTheContractTheBuildWrote(Hub hub) throws Exception {
        // the generated client and the contract tests read the build's file: this is what makes them about the hub
        ObjectMapper json = new ObjectMapper();
        ObjectNode served = (ObjectNode) json.readTree(
                hub.anonymous().get("/openapi?format=JSON").then().statusCode(200).extract().asString());
        JsonNode servers = served.remove("servers");
        assertThat(servers).as("WildFly adds the server it runs on").isNotNull();
        assertThat(served).isEqualTo(json.readTree(Contract.json()));
    }

    /**
     * Every documented operation is routed (a token with few rights gets 401/403/404/4xx from the operation, never
     * 405 or the router's 404), and on a documented path every method the contract does not list answers 405: the
     * hub serves nothing it does not document. HEAD and OPTIONS, which JAX-RS answers for every resource, are left
     * out.
     */
    @Test
    void routesEveryDocumentedOperationAndRefusesEveryOtherMethod(Hub hub) {
        Directory directory = new Directory(hub);
        String reviewer = directory.token(directory.activeOrganisation("ngo", "MD"), "reviewer");
        OpenAPI api = Contract.document();
        List<String> faults = new ArrayList<>();
        api.getPaths().forEach((template, item) -> {
            String path = concrete(template, item, api);
            for (PathItem.HttpMethod method : EnumSet.of(PathItem.HttpMethod.GET, PathItem.HttpMethod.POST,
                    PathItem.HttpMethod.PUT, PathItem.HttpMethod.DELETE, PathItem.HttpMethod.PATCH)) {
                boolean documented = item.readOperationsMap().containsKey(method);
                Response response = (documented ? hub.as(reviewer) : hub.asAdmin()).request(method.name(), path);
                int status = response.statusCode();
                String detail = String.valueOf(response.jsonPath().getString("detail"));
                if (documented && (status == 405 || (status == 404 && detail.startsWith("There is nothing at this path")))) {
                    faults.add(method + " " + template + " is documented but not routed: " + status);
                } else if (!documented && status != 405) {
                    faults.add(method + " " + template + " is not documented but answers " + status);
                } else if (status >= 500) {
                    faults.add(method + " " + template + " answers " + status);
                }
            }
        });
        assertThat(faults).isEmpty();
        hub.as(reviewer).get("/no-such-feature/anything").then().statusCode(404)
                .contentType("application/problem+json");
    }

    private static final Pattern TEMPLATE = Pattern.compile("\\{(\\w+)}");

    /** The template with a well-formed value for each path parameter (ids that exist nowhere). */
    private static String concrete(String template, PathItem item, OpenAPI api) {
        Map<String, Parameter> parameters = new HashMap<>();
        if (item.getParameters() != null) {
            item.getParameters().stream().filter(p -> "path".equals(p.getIn())).forEach(p -> parameters.put(p.getName(), p));
        }
        item.readOperations().forEach(operation -> {
            if (operation.getParameters() != null) {
                operation.getParameters().stream().filter(p -> "path".equals(p.getIn()))
                        .forEach(p -> parameters.putIfAbsent(p.getName(), p));
            }
        });
        Matcher matcher = TEMPLATE.matcher(template);
        StringBuilder path = new StringBuilder();
        while (matcher.find()) {
            Parameter parameter = parameters.get(matcher.group(1));
            var schema = parameter == null ? null : parameter.getSchema();
            if (schema != null && schema.get$ref() != null) {
                schema = api.getComponents().getSchemas().get(schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1));
            }
            String value;
            if (schema != null && "uuid".equals(schema.getFormat())) {
                value = "00000000-0000-4000-8000-000000000000";
            } else if (schema != null && schema.getTypes() != null && schema.getTypes().contains("integer")) {
                value = "1";
            } else if (schema != null && schema.getEnum() != null && !schema.getEnum().isEmpty()) {
                value = String.valueOf(schema.getEnum().get(0));
            } else {
                value = "ZZ";
            }
            matcher.appendReplacement(path, value);
        }
        matcher.appendTail(path);
        return path.toString();
    }

    @Test
    void tagsEveryOperationWithADeclaredTagAndEveryTagHasOperations(Hub hub) {
        OpenAPI api = new OpenAPIV3Parser().readContents(
                hub.anonymous().get("/openapi?format=JSON").then().statusCode(200).extract().asString()).getOpenAPI();
        List<String> declared = api.getTags().stream().map(Tag::getName).toList();
        Set<String> used = api.getPaths().values().stream()
                .flatMap(path -> path.readOperations().stream())
                .flatMap(operation -> operation.getTags() == null ? Stream.of("(none)") : operation.getTags().stream())
                .collect(Collectors.toSet());
        // Swagger UI groups operations by tag: an undeclared tag lands at the end without a description, a
        // declared one without operations shows as an empty section.
        assertThat(used).as("tags used by operations").isSubsetOf(declared);
        assertThat(declared).as("declared tags").containsExactlyInAnyOrderElementsOf(used);
    }

    @Test
    void servesTheDocsPageAndTheFilesItLoads(Hub hub) {
        String page = hub.anonymous().get("/docs").then().statusCode(200)
                .contentType(containsString("text/html")).extract().asString();
        assertThat(page).contains("swagger-ui-bundle.js", "/docs/docs.js");
        hub.anonymous().get("/docs/docs.js").then().statusCode(200).body(containsString("/openapi?format=JSON"));
        hub.anonymous().get("/docs/swagger-ui/swagger-ui-bundle.js").then().statusCode(200)
                .contentType(containsString("javascript"));
        hub.anonymous().get("/docs/swagger-ui/swagger-ui.css").then().statusCode(200);
    }

    @Test
    void refusesPathTraversalOnTheDocsPage(Hub hub) {
        hub.anonymous().get("/docs/..%2F..%2FWEB-INF%2Fweb.xml").then().statusCode(404);
        hub.anonymous().get("/docs/swagger-ui/..%2Findex.html").then().statusCode(404);
        hub.anonymous().get("/docs/swagger-ui/package.json").then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:cthub:problem:not-found"));
    }
}
