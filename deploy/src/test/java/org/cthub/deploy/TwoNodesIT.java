package org.cthub.deploy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;
import org.cthub.deploy.support.Directory;
import org.cthub.deploy.support.Hub;
import org.cthub.deploy.support.HubExtension;
import org.cthub.deploy.support.HubProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A second node on the same database and the same keys serves the same directory and honours the first
 * node's tokens: nothing a node needs lives only in its memory or on its disk.
 */
@ExtendWith(HubExtension.class)
class TwoNodesIT {

    @Test
    void aSecondNodeServesWhatTheFirstAcceptedAndTrustsItsTokens(Hub hub) {
        String organisation = new Directory(hub).activeOrganisation("government", "MD");
        try (HubProcess second = new HubProcess("second-node", hub.environment(Map.of()))) {
            second.start();
            given().baseUri(second.baseUri().toString()).auth().oauth2(hub.adminToken())
                    .get("/organisations/" + organisation)
                    .then().statusCode(200)
                    .body("country", equalTo("MD"))
                    .body("status", equalTo("active"));
        }
    }
}
