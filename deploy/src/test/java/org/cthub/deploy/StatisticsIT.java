package org.cthub.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.restassured.path.json.JsonPath;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cthub.deploy.support.Directory;
import org.cthub.deploy.support.Hub;
import org.cthub.deploy.support.ReferralRequests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Shared data over HTTP on PostgreSQL, on a hub of its own so that every referral it counts is one this test
 * sent. An Albanian NGO refers 20 persons to Italy, 3 to Romania and 14 to Ukraine; a Moldovan NGO 12 to Italy.
 * The test knows the hub's key, so it computes each referral's record key and hence the exact figure the
 * cell-key method must publish; it checks the primary and complementary suppression, that every format
 * parses back to the same numbers, which data each caller's scope counts, and what a differencing attempt
 * yields.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatisticsIT {

    private static final int K = 11;
    private static final String VICTIM_PROTECTION = "20000000-0000-4000-8000-000000000003";

    private Hub hub;
    private String albaniaToken;
    private String secretariatToken;
    private String adminToken;
    private String month;
    private final Map<String, List<String>> sent = new LinkedHashMap<>();
    private String italy;

    @BeforeAll
    void setUp() {
        hub = Hub.dedicated("statistics", Map.of("HUB_STATISTICS_SCHEDULE_CHECK_INTERVAL", "PT1S",
                // the first reintegration follow-up falls due a second after acceptance, the others in a month and two
                "HUB_REFERRAL_FOLLOW_UP_INTERVALS", "PT1S,P30D,P60D"));
        adminToken = hub.adminToken();
        Directory directory = new Directory(hub);
        String albania = directory.activeOrganisation("ngo", "AL");
        albaniaToken = directory.token(albania, "partner");
        String moldovaToken = directory.token(directory.activeOrganisation("ngo", "MD"), "partner");
        italy = recipient(directory, "IT");
        String romania = recipient(directory, "RO");
        String ukraine = recipient(directory, "UA");
        send(albaniaToken, "AL", "IT", italy, 20);
        send(albaniaToken, "AL", "RO", romania, 3);
        send(albaniaToken, "AL", "UA", ukraine, 14);
        send(moldovaToken, "MD", "IT", italy, 12);
        month = YearMonth.now(ZoneOffset.UTC).toString();
        // a secretariat sitting in Victim Protection with the Albanian NGO (the seeded members are Swiss)
        String secretariat = directory.activeOrganisation("working-group-secretariat", "AT");
        for (String member : List.of(secretariat, albania)) {
            hub.asAdmin().contentType("application/json").body(Map.of("organisationId", member))
                    .post("/working-groups/" + VICTIM_PROTECTION + "/members").then().statusCode(201);
        }
        secretariatToken = directory.token(secretariat, "secretariat");
    }

    @AfterAll
    void stop() {
        hub.close();
    }

    private static String recipient(Directory directory, String country) {
        String organisation = directory.activeOrganisation("ngo", country);
        directory.pullInboxSystem(organisation);
        return organisation;
    }

    private void send(String token, String origin, String destination, String recipient, int count) {
        for (int n = 0; n < count; n++) {
            Map<String, Object> body = ReferralRequests.shelterReferral(recipient, "Stat" + n);
            body.put("urgency", "standard");
            String id = hub.as(token).contentType("application/json").body(body).post("/referrals").then().statusCode(201)
                    .extract().path("id");
            sent.computeIfAbsent(origin + ">" + destination, cell -> new ArrayList<>()).add(id);
        }
    }

    private JsonPath table(String token, String query) {
        return hub.as(token).get("/statistics/referrals?from=" + month + "&to=" + month + "&" + query).then().statusCode(200)
                .extract().jsonPath();
    }

    /** The published cell of a row and column (null column for a one-dimensional table). */
    private static Map<String, Object> cell(JsonPath table, String row, String column) {
        List<Map<String, Object>> cells = table.getList("cells");
        return cells.stream().filter(c -> row.equals(c.get("row")) && java.util.Objects.equals(column, c.get("column"))).findFirst()
                .orElseThrow(() -> new AssertionError("no cell " + row + "/" + column + " in " + cells));
    }

    private static Object count(JsonPath table, String row, String column) {
        Object count = cell(table, row, column).get("count");
        return count == null ? null : ((Number) count).longValue();
    }

    @Test
    void suppressesSmallCellsAndEnoughOthersAndPublishesTheCellKeyFigures() {
        JsonPath table = table(albaniaToken, "dimensions=origin,destination");
        assertThat(table.getString("scope")).isEqualTo("contributed");
        assertThat(table.getInt("k")).isEqualTo(K);
        assertThat(table.getList("dimensions")).containsExactly("origin", "destination");
        // AL→RO (3) is under k; AL→UA, the smallest other cell of AL's row, is withheld with it (3 + 14 ≥ k);
        // RO's column total (3) is under k; UA's column would give AL→UA away, so its total is withheld too
        assertThat(cell(table, "AL", "RO")).containsEntry("suppressed", "primary").doesNotContainKey("count");
        assertThat(cell(table, "AL", "UA")).containsEntry("suppressed", "complementary").doesNotContainKey("count");
        assertThat(cell(table, "total", "RO")).containsEntry("suppressed", "primary");
        assertThat(cell(table, "total", "UA")).containsEntry("suppressed", "complementary");
        assertThat(table.getMap("suppressed")).containsEntry("primary", 2).containsEntry("complementary", 2);
        // published: the true count plus the deviation the records' keys select
        assertThat(count(table, "AL", "IT")).isEqualTo(published(sent.get("AL>IT")));
        assertThat(count(table, "total", "IT")).isEqualTo(published(sent.get("AL>IT")));
        assertThat(count(table, "AL", "total")).isEqualTo(published(all("AL>IT", "AL>RO", "AL>UA")));
        // the Moldovan NGO's referrals are not the Albanian NGO's data
        assertThat(table.getList("cells.row")).doesNotContain("MD");
        // the same query gives the same figures: asking again does not average the deviation out
        assertThat(table(albaniaToken, "dimensions=origin,destination").getList("cells")).isEqualTo(table.getList("cells"));
    }

    @Test
    void everyFormatParsesBackToTheSameNumbers() throws IOException {
        String query = "/statistics/referrals?from=" + month + "&to=" + month + "&dimensions=origin,destination";
        Map<String, Object> fromJson = flatten(table(adminToken, "dimensions=origin,destination").getList("cells"));
        assertThat(fromJson).containsKey("MD/IT");

        String csv = hub.as(adminToken).get(query + "&format=csv").then().statusCode(200).contentType(containsString("text/csv"))
                .extract().asString();
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).isEqualTo("origin,destination,count,suppressed");
        assertThat(flatten(lines.subList(1, lines.size()))).isEqualTo(fromJson);

        List<String> hxl = hub.as(adminToken).get(query + "&format=hxl").then().statusCode(200).extract().asString().lines().toList();
        assertThat(hxl.get(1)).isEqualTo("#country+code+origin,#country+code+destination,#indicator+num+referrals,#meta+suppressed");
        assertThat(flatten(hxl.subList(2, hxl.size()))).isEqualTo(fromJson);

        byte[] xlsx = hub.as(adminToken).get(query + "&format=xlsx").then().statusCode(200)
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").extract().asByteArray();
        List<String> rows = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheet("referrals");
            for (Row row : sheet) {
                if (row.getRowNum() > 0) {
                    rows.add(text(row.getCell(0)) + "," + text(row.getCell(1)) + "," + text(row.getCell(2)) + "," + text(row.getCell(3)));
                }
            }
        }
        assertThat(flatten(rows)).isEqualTo(fromJson);
    }

    @Test
    void aSecretariatCountsItsWorkingGroupsCountriesOnly() {
        JsonPath table = table(secretariatToken, "dimensions=origin");
        assertThat(table.getString("scope")).isEqualTo("working-groups");
        // the group's countries are AT, CH and AL: the Albanian referrals count, the Moldovan ones to Italy do not
        assertThat(table.getList("cells.row")).containsExactly("AL", "total");
        assertThat(count(table, "AL", null)).isEqualTo(published(all("AL>IT", "AL>RO", "AL>UA")));
        // a secretariat whose organisation sits in no working group sees nothing
        Directory directory = new Directory(hub);
        String lonely = directory.token(directory.activeOrganisation("working-group-secretariat", "BE"), "secretariat");
        hub.as(lonely).get("/statistics/referrals?dimensions=origin").then().statusCode(403)
                .body("detail", containsString("sits in no working group"));
    }

    /**
     * The Albanian NGO tries to learn its suppressed AL→RO count by differencing: its total, minus its referrals
     * to Italy, minus those to Ukraine. Each figure carries the deviation of its own records, which the NGO does
     * not know; the test does, and makes sure (by sending more to Italy when needed) that this is a case where
     * they do not cancel, to show the estimate is then off by exactly their sum.
     */
    @Test
    void differencingOverlappingQueriesDoesNotRecoverASuppressedCell() {
        while (deviation(all("AL>IT", "AL>RO", "AL>UA")) - deviation(sent.get("AL>IT")) - deviation(sent.get("AL>UA")) == 0) {
            send(albaniaToken, "AL", "IT", italy, 1);
        }
        long total = (Long) count(table(albaniaToken, "dimensions=origin"), "AL", null);
        long toItaly = (Long) count(table(albaniaToken, "dimensions=origin&destination=IT"), "AL", null);
        long toUkraine = (Long) count(table(albaniaToken, "dimensions=origin&destination=UA"), "AL", null);
        long estimate = total - toItaly - toUkraine;
        long deviations = deviation(all("AL>IT", "AL>RO", "AL>UA")) - deviation(sent.get("AL>IT")) - deviation(sent.get("AL>UA"));
        assertThat(estimate).isEqualTo(3 + deviations).isNotEqualTo(3);
        // and asked directly, the cell stays withheld
        assertThat(cell(table(albaniaToken, "dimensions=origin&destination=RO"), "AL", null)).containsEntry("suppressed", "primary");
    }

    @Test
    void refusesBadQueriesSayingWhatToDo() {
        // bad inputs: no dimension, unknown dimension, three dimensions, the same twice, counted and filtered,
        // unknown country, unknown outcome, reversed period, period too long, malformed month, unknown format
        Map<String, Integer> refused = new LinkedHashMap<>();
        refused.put("dimensions=", 400);
        refused.put("dimensions=nationality", 422);
        refused.put("dimensions=origin,destination,month", 422);
        refused.put("dimensions=origin,origin", 422);
        refused.put("dimensions=origin&origin=AL", 422);
        refused.put("dimensions=origin&destination=ZZ", 422);
        refused.put("dimensions=origin&outcome=won", 422);
        refused.put("dimensions=origin&from=2026-06&to=2026-01", 422);
        refused.put("dimensions=origin&from=2000-01&to=2026-01", 422);
        refused.put("dimensions=origin&from=June", 400);
        refused.put("dimensions=origin&format=pdf", 400);
        refused.forEach((query, status) -> hub.as(albaniaToken).get("/statistics/referrals?" + query).then().statusCode(status)
                .contentType("application/problem+json"));
        // every query that was answered is audited, with no count in it
        table(albaniaToken, "dimensions=outcome");
        List<String> details = hub.asAdmin().get("/audit?targetType=statistics&size=100").then().statusCode(200)
                .extract().jsonPath().getList("items.details");
        assertThat(details).isNotEmpty().allSatisfy(detail -> assertThat(detail).matches(
                "dimensions=\\[[A-Za-z_, -]+\\]; (filters=\\{[^}]*\\}; )?(from=[^;]+; to=[^;]+; )?scope=[^;]+; k=\\d+"));
    }

    @Test
    void aSecretariatSavesAQueryAndReceivesEachRunThroughItsChannel() throws Exception {
        String saved = hub.as(secretariatToken).contentType("application/json")
                .body(Map.of("name", "Referrals by origin", "dimensions", "origin", "lastMonths", 1))
                .post("/statistics/queries").then().statusCode(201).body("scope", org.hamcrest.Matchers.equalTo("working-groups"))
                .body("schedule", org.hamcrest.Matchers.equalTo("none")).extract().path("id");
        assertThat(hub.as(secretariatToken).get("/statistics/queries").then().statusCode(200).extract().jsonPath()
                .getList("items.id")).contains(saved);
        hub.as(secretariatToken).post("/statistics/queries/" + saved + "/runs").then().statusCode(202)
                .body("run", org.hamcrest.Matchers.equalTo(1));
        Map<String, Object> message = awaitStatistics(saved, 1);
        @SuppressWarnings("unchecked")
        Map<String, Object> result = (Map<String, Object>) message.get("payload");
        assertThat(result).containsEntry("savedQueryName", "Referrals by origin").containsEntry("run", 1).containsEntry("scope", "working-groups");
        // the run's figures are the protected ones a direct query gives
        assertThat(result.get("cells")).isEqualTo(table(secretariatToken, "dimensions=origin").getList("cells"));

        // scheduled: once due, the schedule route runs it and moves the next run on; here on another dataset
        String daily = hub.as(secretariatToken).contentType("application/json")
                .body(Map.of("name", "Daily open follow-ups", "dataset", "follow-ups", "dimensions", "state", "lastMonths", 3,
                        "schedule", "daily"))
                .post("/statistics/queries").then().statusCode(201).extract().path("id");
        try (java.sql.Connection db = hub.database().connect();
                java.sql.PreparedStatement due = db.prepareStatement("update saved_query set next_run_at = now() - interval '1 minute' where id = ?")) {
            due.setObject(1, UUID.fromString(daily));
            assertThat(due.executeUpdate()).isEqualTo(1);
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> dailyResult = (Map<String, Object>) awaitStatistics(daily, 1).get("payload");
        assertThat(dailyResult).containsEntry("dataset", "follow-ups").containsEntry("savedQueryName", "Daily open follow-ups");
        JsonPath after = hub.as(secretariatToken).get("/statistics/queries/" + daily).then().statusCode(200).extract().jsonPath();
        assertThat(after.getInt("runs")).isEqualTo(1);
        assertThat(java.time.Instant.parse(after.getString("nextRunAt"))).isAfter(java.time.Instant.now());

        // bad inputs: unknown schedule, no period, an unknown dimension, filtered and counted; another organisation's query
        Map<String, Integer> refused = new LinkedHashMap<>();
        refused.put("{\"name\": \"x\", \"dimensions\": \"origin\", \"lastMonths\": 1, \"schedule\": \"hourly\"}", 422);
        refused.put("{\"name\": \"x\", \"dimensions\": \"origin\"}", 400);
        refused.put("{\"name\": \"x\", \"dimensions\": \"origin\", \"lastMonths\": 0}", 400);
        refused.put("{\"name\": \"x\", \"dimensions\": \"nationality\", \"lastMonths\": 1}", 422);
        refused.put("{\"name\": \"x\", \"dimensions\": \"origin\", \"lastMonths\": 1, \"filters\": {\"origin\": \"AL\"}}", 422);
        refused.put("{\"name\": \"x\", \"dataset\": \"persons\", \"dimensions\": \"gender\", \"lastMonths\": 1}", 422);
        refused.put("{\"name\": \"x\", \"dataset\": \"cases\", \"dimensions\": \"gender\", \"lastMonths\": 1, \"filters\": {\"origin\": \"AL\"}}", 422);
        refused.forEach((body, status) -> hub.as(secretariatToken).contentType("application/json").body(body).post("/statistics/queries")
                .then().statusCode(status).contentType("application/problem+json"));
        hub.as(albaniaToken).get("/statistics/queries/" + saved).then().statusCode(404);
        hub.as(albaniaToken).post("/statistics/queries/" + saved + "/runs").then().statusCode(404);
        hub.as(secretariatToken).delete("/statistics/queries/" + saved).then().statusCode(204);
        hub.as(secretariatToken).post("/statistics/queries/" + saved + "/runs").then().statusCode(404);
    }

    @Test
    void countsOpenAndOverdueFollowUpsProtectedLikeEveryTable() {
        // a Bosnian NGO refers 12 persons for reintegration to a Moldovan NGO, which accepts each: 36 follow-ups
        Directory directory = new Directory(hub);
        String bosniaToken = directory.token(directory.activeOrganisation("ngo", "BA"), "partner");
        String reintegrationNgo = directory.activeOrganisation("ngo", "MD");
        String reintegrationToken = directory.token(reintegrationNgo, "partner");
        for (int n = 0; n < 12; n++) {
            Map<String, Object> body = ReferralRequests.shelterReferral(reintegrationNgo, "Follow" + n);
            body.put("urgency", "standard");
            body.put("assistanceTypes", List.of("reintegration"));
            body.put("currentCountry", "MD");
            body.put("currentPlace", "Chișinău");
            body.put("trmStage", "return-and-social-inclusion");
            body.put("purpose", "reintegration");
            Map<String, Object> consent = new HashMap<>(ReferralRequests.consentFor(reintegrationNgo));
            consent.put("purpose", "reintegration");
            body.put("consent", consent);
            String id = hub.as(bosniaToken).contentType("application/json").body(body).post("/referrals").then().statusCode(201)
                    .extract().path("id");
            hub.as(reintegrationToken).contentType("application/json").body(Map.of("answer", "accept"))
                    .post("/referrals/" + id + "/answers").then().statusCode(200);
        }
        // once all twelve first reports are overdue, their cell is published (under k it would be withheld)
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() -> hub.as(bosniaToken)
                .get("/statistics/follow-ups?dimensions=state").then().statusCode(200).extract().jsonPath().getList("cells", Map.class)
                .stream().anyMatch(c -> "overdue".equals(c.get("row")) && c.get("count") != null));
        JsonPath byState = hub.as(bosniaToken).get("/statistics/follow-ups?dimensions=state,destination").then().statusCode(200)
                .extract().jsonPath();
        assertThat(byState.getString("dataset")).isEqualTo("follow-ups");
        assertThat(byState.getString("from")).isNull();
        assertThat(byState.getList("cells.row")).containsOnly("open", "overdue", "total");
        assertThat((Long) count(byState, "overdue", "MD")).isBetween(11L, 14L); // 12, give or take its deviation
        assertThat((Long) count(byState, "open", "MD")).isBetween(22L, 26L);
        assertThat((Long) count(byState, "total", "total")).isBetween(34L, 38L);
        // by due month: two months ahead hold 12 each, and this month's (or next, near its end) the overdue 12
        JsonPath byMonth = hub.as(bosniaToken).get("/statistics/follow-ups?dimensions=due-month").then().statusCode(200).extract().jsonPath();
        assertThat(byMonth.getList("cells.suppressed")).containsOnlyNulls();
        // the hub operator sees them too; the Albanian NGO, which took no part, sees none of them
        assertThat(hub.as(albaniaToken).get("/statistics/follow-ups?dimensions=state").then().statusCode(200).extract().jsonPath()
                .getList("cells.row")).containsExactly("total");
        hub.as(bosniaToken).get("/statistics/follow-ups?dimensions=state,state").then().statusCode(422);
        hub.as(bosniaToken).get("/statistics/follow-ups?dimensions=wellbeing").then().statusCode(422);
        List<String> csv = hub.as(adminToken).get("/statistics/follow-ups?dimensions=state&format=hxl").then().statusCode(200)
                .extract().asString().lines().toList();
        assertThat(csv.get(1)).isEqualTo("#status+followup,#indicator+num+followups,#meta+suppressed");
    }

    @Test
    void countsPersonsAssistedAndCasesFromAcceptedReportsOnly() {
        Directory directory = new Directory(hub);
        String romanianNgo = directory.activeOrganisation("ngo", "RO");
        hub.asAdmin().contentType("application/json").body(Map.of("organisationId", romanianNgo))
                .post("/working-groups/" + VICTIM_PROTECTION + "/members").then().statusCode(201);
        String ngoToken = directory.token(romanianNgo, "partner");
        String activity = upload(ngoToken, org.cthub.deploy.support.ReportFixtures.romanianProfile(),
                org.cthub.deploy.support.ReportFixtures.romanianCsv());
        StringBuilder cases = new StringBuilder("year,gender,citizenship,exploited_in,sexual,labour\n");
        cases.append("2025,Woman,MDA,ITA,1,\n".repeat(12)).append("2025,Man,UKR,ITA,,1\n".repeat(3));
        String caseReport = upload(ngoToken, Map.of("name", "Cases " + UUID.randomUUID(), "template", "ctdc-case", "templateVersion", 1,
                "format", "csv", "columns", Map.of("yearOfRegistration", "year", "gender", "gender", "citizenship", "citizenship",
                        "CountryOfExploitation", "exploited_in", "isSexualExploit", "sexual", "isForcedLabour", "labour")),
                cases.toString().getBytes(StandardCharsets.UTF_8));
        String persons = "/statistics/persons-assisted?dimensions=gender&from=2026-01&to=2026-03";
        // imported but not accepted: nothing counts yet
        assertThat(hub.as(secretariatToken).get(persons).then().statusCode(200).extract().jsonPath().getList("cells.row"))
                .containsExactly("total");
        for (String report : List.of(activity, caseReport)) {
            hub.as(secretariatToken).contentType("application/json").body(Map.of()).post("/reports/" + report + "/acceptance")
                    .then().statusCode(200);
        }
        JsonPath byGender = hub.as(secretariatToken).get(persons).then().statusCode(200).extract().jsonPath();
        assertThat(byGender.getString("dataset")).isEqualTo("persons-assisted");
        assertThat((Long) count(byGender, "Woman", null)).isBetween(11L, 14L); // the report's 12 women, give or take the deviation
        assertThat(hub.as(ngoToken).get(persons).then().statusCode(200).extract().jsonPath().getString("scope")).isEqualTo("contributed");
        assertThat(hub.as(albaniaToken).get(persons).then().statusCode(200).extract().jsonPath().getList("cells.row"))
                .containsExactly("total");

        // routes: 12 Moldovan women exploited in Italy, 3 Ukrainian men: the small cell and its complement are withheld
        JsonPath routes = hub.as(secretariatToken).get("/statistics/cases?dimensions=citizenship,country-of-exploitation").then()
                .statusCode(200).extract().jsonPath();
        assertThat(cell(routes, "UKR", "ITA")).containsEntry("suppressed", "primary");
        assertThat(cell(routes, "MDA", "ITA")).containsEntry("suppressed", "complementary");
        assertThat((Long) count(routes, "total", "total")).isBetween(13L, 17L);
        JsonPath byType = hub.as(secretariatToken).get("/statistics/cases?dimensions=exploitation-type").then().statusCode(200)
                .extract().jsonPath();
        assertThat(byType.getList("cells.row")).containsExactly("forced-labour", "sexual-exploitation", "total");
        assertThat(cell(byType, "forced-labour", null)).containsEntry("suppressed", "primary");
        List<String> hxl = hub.as(secretariatToken).get("/statistics/cases?dimensions=citizenship,country-of-exploitation&format=hxl")
                .then().statusCode(200).extract().asString().lines().toList();
        assertThat(hxl.get(1)).isEqualTo("#affected+nationality+code,#country+exploitation+code,#indicator+num+cases,#meta+suppressed");
        // no person-level record reaches a secretariat: the accepted case records do not export to it, the count lines do
        hub.as(secretariatToken).get("/reports/" + caseReport + "/export?format=csv").then().statusCode(403)
                .body("detail", org.hamcrest.Matchers.containsString("/statistics/cases"));
        hub.as(secretariatToken).get("/reports/" + activity + "/export?format=csv").then().statusCode(200);
        hub.as(ngoToken).get("/reports/" + caseReport + "/export?format=csv").then().statusCode(200);
        // the two reports received and accepted this month: under k, so withheld, the total with them
        JsonPath received = hub.as(secretariatToken).get("/statistics/reports?dimensions=status").then().statusCode(200).extract().jsonPath();
        assertThat(received.getString("dataset")).isEqualTo("reports");
        assertThat(cell(received, "accepted", null)).containsEntry("suppressed", "primary");
        hub.as(secretariatToken).get("/statistics/reports?dimensions=colour").then().statusCode(422);
        hub.as(secretariatToken).get("/statistics/cases?dimensions=name").then().statusCode(422);
        hub.as(secretariatToken).get("/statistics/persons-assisted?dimensions=gender&from=2026-05&to=2026-01").then().statusCode(422);
    }

    /** Uploads a file through a new profile to Victim Protection and waits for its import; returns the report's id. */
    private String upload(String token, Map<String, Object> profileBody, byte[] file) {
        String profile = hub.as(token).contentType("application/json").body(profileBody).post("/reports/profiles").then().statusCode(201)
                .extract().path("id");
        String location = hub.as(token).contentType("text/csv").body(file)
                .post("/reports?profile=" + profile + "&workingGroup=" + VICTIM_PROTECTION).then().statusCode(202).extract().header("Location");
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).pollInterval(java.time.Duration.ofMillis(200))
                .until(() -> "imported".equals(hub.as(token).get(location).path("state")));
        return location.substring(location.indexOf("/reports/") + 9, location.indexOf("/versions/"));
    }

    /** The statistics message of this run of the saved query, in the secretariat's inbox. */
    private Map<String, Object> awaitStatistics(String savedQuery, int run) {
        List<Map<String, Object>> found = new ArrayList<>();
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).pollInterval(java.time.Duration.ofMillis(300)).until(() -> {
            found.clear();
            List<Map<String, Object>> items = hub.as(secretariatToken).get("/inbox?size=100").then().statusCode(200).extract().jsonPath()
                    .getList("items");
            items.stream().filter(m -> "statistics".equals(m.get("type")) && savedQuery.equals(m.get("savedQueryId"))
                    && Integer.valueOf(run).equals(((Map<?, ?>) m.get("payload")).get("run"))).forEach(found::add);
            return !found.isEmpty();
        });
        return found.get(0);
    }

    private List<String> all(String... cells) {
        List<String> ids = new ArrayList<>();
        for (String cell : cells) {
            ids.addAll(sent.get(cell));
        }
        return ids;
    }

    /** What the hub must publish for a cell of these referrals (all at least k here). */
    private long published(List<String> referrals) {
        return Math.max(K, referrals.size() + deviation(referrals));
    }

    /** The cell-key deviation: record keys (first byte of the keyed hash of the id) summed modulo 256, looked up. */
    private int deviation(List<String> referrals) {
        int key = 0;
        for (String id : referrals) {
            key = (key + recordKey(id)) % 256;
        }
        return key < 128 ? 0 : key < 179 ? 1 : key < 230 ? -1 : key < 243 ? 2 : -2;
    }

    private int recordKey(String referralId) {
        try {
            byte[] purposeKey = hmac(hub.encryptionKey(), "statistics-record-key");
            return hmac(purposeKey, UUID.fromString(referralId).toString())[0] & 0xff;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] hmac(byte[] key, String value) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, Object> flatten(List<?> cells) {
        Map<String, Object> flat = new HashMap<>();
        for (Object cell : cells) {
            if (cell instanceof Map<?, ?> map) {
                Object count = map.get("count");
                flat.put(map.get("row") + "/" + map.get("column"), (count == null ? "" : Long.toString(((Number) count).longValue()))
                        + "|" + (map.get("suppressed") == null ? "" : map.get("suppressed")));
            } else {
                String[] fields = cell.toString().split(",", -1);
                flat.put(fields[0] + "/" + fields[1], fields[2] + "|" + fields[3]);
            }
        }
        return flat;
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        return switch (cell.getCellType()) {
            case NUMERIC -> Long.toString((long) cell.getNumericCellValue());
            case STRING -> cell.getStringCellValue();
            default -> "";
        };
    }
}
