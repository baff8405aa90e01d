package org.cthub.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.cthub.deploy.support.Directory;
import org.cthub.deploy.support.Hub;
import org.cthub.deploy.support.HubExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The report templates over HTTP: listed, and each version served as its JSON Schema. */
@ExtendWith(HubExtension.class)
class ReportTemplatesIT {

    @Test
    void listsTheActivityReportAndCtdcCaseTemplates(Hub hub) {
        String token = new Directory(hub).token(new Directory(hub).activeOrganisation("ngo", "RO"), "partner");
        List<Map<String, Object>> templates = hub.as(token).get("/reports/templates").then().statusCode(200).extract().path("");
        assertThat(templates).extracting(t -> t.get("name") + " v" + t.get("version")).containsExactly("activity-report v1", "ctdc-case v1");
        assertThat((List<String>) templates.get(0).get("fields")).contains("periodStart", "measure", "gender", "ageBroad",
                "citizenship", "assistanceType", "count").doesNotContain("organisation");
    }

    @Test
    void servesEachVersionAsAJsonSchema(Hub hub) {
        Response schema = hub.asAdmin().get("/reports/templates/ctdc-case/versions/1");
        assertThat(schema.statusCode()).isEqualTo(200);
        assertThat(schema.contentType()).startsWith("application/schema+json");
        assertThat(schema.jsonPath().getString("$schema")).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.jsonPath().getMap("properties")).containsKeys("yearOfRegistration", "gender", "ageBroad",
                "citizenship", "CountryOfExploitation", "isSexualExploit", "recruiterRelationOther");
    }

    @Test
    void answers404ForAnUnknownTemplateOrVersion(Hub hub) {
        hub.asAdmin().get("/reports/templates/activity-report/versions/9").then().statusCode(404)
                .contentType("application/problem+json");
        hub.asAdmin().get("/reports/templates/no-such-template/versions/1").then().statusCode(404);
        hub.asAdmin().get("/reports/templates/activity-report/versions/one").then().statusCode(404);
    }
}
