package org.cthub.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.tags.Tag;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
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
