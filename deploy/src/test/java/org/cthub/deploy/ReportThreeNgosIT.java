package org.cthub.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.cthub.deploy.support.Directory;
import org.cthub.deploy.support.Hub;
import org.cthub.deploy.support.HubExtension;
import org.cthub.deploy.support.ReportFixtures;
import org.cthub.deploy.support.ReportWorkbooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 4's story: three NGOs with three layouts (a Romanian CSV in Windows-1250 with semicolons, an
 * Albanian XLSX with Albanian column names, an HXL-tagged CSV) report to one working group, the secretariat
 * accepts the three, and the three exports land in the same standard columns with the same codes.
 */
@ExtendWith(HubExtension.class)
class ReportThreeNgosIT {

    private static final String STANDARD_HEADER = "organisation,periodStart,periodEnd,country,measure,gender,ageBroad,citizenship,assistanceType,count";

    @Test
    void threeLayoutsLandInTheSameStandard(Hub hub) {
        Directory directory = new Directory(hub);
        List<String> groups = hub.asAdmin().get("/working-groups").then().statusCode(200).extract().path("id");
        String group = groups.get(0);
        String secretariat = directory.activeOrganisation("working-group-secretariat", "HU");
        join(hub, group, secretariat);
        String secretariatToken = directory.token(secretariat, "secretariat");

        List<String> romanian = accepted(hub, directory, group, secretariatToken, "RO", ReportFixtures.romanianProfile(), "text/csv",
                ReportFixtures.romanianCsv());
        List<String> albanian = accepted(hub, directory, group, secretariatToken, "AL", ReportWorkbooks.albanianProfile(),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ReportWorkbooks.albanian());
        List<String> bosnian = accepted(hub, directory, group, secretariatToken, "BA", ReportFixtures.hxlProfile(), "text/csv",
                ReportFixtures.HXL_CSV.getBytes(StandardCharsets.UTF_8));

        for (List<String> export : List.of(romanian, albanian, bosnian)) {
            assertThat(export.get(0)).isEqualTo(STANDARD_HEADER);
        }
        assertThat(romanian.subList(1, romanian.size())).extracting(line -> line.substring(line.indexOf(',') + 1))
                .containsExactly("2026-01-01,2026-03-31,RO,persons-assisted,Woman,18--20,,shelter,12",
                        "2026-01-01,2026-03-31,RO,shelter-nights,,,,,1234");
        assertThat(albanian.subList(1, albanian.size())).extracting(line -> line.substring(line.indexOf(',') + 1))
                .containsExactly("2026-01-01,2026-03-31,AL,persons-assisted,Woman,,,,9", "2026-01-01,2026-03-31,AL,trainings,,,,,2");
        assertThat(bosnian.subList(1, bosnian.size())).extracting(line -> line.substring(line.indexOf(',') + 1))
                .containsExactly("2026-01-01,2026-03-31,BA,persons-assisted,Woman,,,,7", "2026-01-01,2026-03-31,BA,persons-assisted,Man,,,,3");
    }

    private static void join(Hub hub, String group, String organisation) {
        hub.asAdmin().contentType("application/json").body(Map.of("organisationId", organisation))
                .post("/working-groups/" + group + "/members").then().statusCode(201);
    }

    /** One NGO's report, uploaded through its profile, imported, accepted, and exported as standard CSV lines. */
    private static List<String> accepted(Hub hub, Directory directory, String group, String secretariatToken, String country,
            Map<String, Object> profileBody, String contentType, byte[] file) {
        String ngo = directory.activeOrganisation("ngo", country);
        join(hub, group, ngo);
        String token = directory.token(ngo, "partner");
        String profile = hub.as(token).contentType("application/json").body(profileBody).post("/reports/profiles")
                .then().statusCode(201).extract().path("id");
        String location = hub.as(token).contentType(contentType).body(file).post("/reports?profile=" + profile + "&workingGroup=" + group)
                .then().statusCode(202).extract().header("Location");
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> "imported".equals(hub.as(token).get(location).path("state")));
        String report = location.substring(location.indexOf("/reports/") + 9, location.indexOf("/versions/"));
        hub.as(secretariatToken).contentType("application/json").body(Map.of()).post("/reports/" + report + "/acceptance").then().statusCode(200);
        List<String> lines = hub.as(token).get("/reports/" + report + "/export?format=csv").then().statusCode(200).extract().asString().lines().toList();
        assertThat(lines.subList(1, lines.size())).allMatch(line -> line.startsWith(ngo + ","));
        return lines;
    }
}
