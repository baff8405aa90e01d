package org.cthub.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BaseDocumentTest {

    private static SwaggerParseResult parse() throws IOException {
        try (InputStream in = BaseDocumentTest.class.getResourceAsStream("/META-INF/openapi.yaml")) {
            return new OpenAPIV3Parser().readContents(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void isAValidOpenApiDocument() throws IOException {
        SwaggerParseResult result = parse();
        assertThat(result.getMessages()).isEmpty();
        assertThat(result.getOpenAPI().getInfo().getTitle()).isEqualTo("CT Hub API");
    }

    @Test
    void requiresABearerTokenUnlessAnOperationSaysOtherwise() throws IOException {
        OpenAPI api = parse().getOpenAPI();
        assertThat(api.getSecurity()).singleElement().satisfies(req -> assertThat(req).containsKey("bearer"));
        SecurityScheme bearer = api.getComponents().getSecuritySchemes().get("bearer");
        assertThat(bearer.getType()).isEqualTo(SecurityScheme.Type.HTTP);
        assertThat(bearer.getScheme()).isEqualTo("bearer");
        assertThat(api.getComponents().getSecuritySchemes().get("clientCredentials").getFlows()
                .getClientCredentials().getTokenUrl()).isEqualTo("/oauth2/token");
    }

    @Test
    void describesProblemsForEveryErrorResponse() throws IOException {
        OpenAPI api = parse().getOpenAPI();
        assertThat(api.getComponents().getSchemas().get("Problem").getRequired()).contains("type", "title", "status");
        assertThat(api.getComponents().getResponses()).allSatisfy((name, response) ->
                assertThat(response.getContent()).containsOnlyKeys("application/problem+json"));
    }

    @Test
    void docsPagePointsAtTheLiveContract() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/META-INF/resources/docs/docs.js")) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).contains("openapi?format=JSON");
        }
        try (InputStream in = getClass().getResourceAsStream("/org/cthub/openapi/docs.properties")) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).matches("(?s)swagger-ui.version=\\d+\\.\\d+\\.\\d+\\s*");
        }
    }
}
