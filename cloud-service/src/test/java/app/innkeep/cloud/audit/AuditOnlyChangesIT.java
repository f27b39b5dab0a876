package app.innkeep.cloud.audit;

import static app.innkeep.cloud.support.TestHotel.ok;
import static org.assertj.core.api.Assertions.assertThat;

import app.innkeep.cloud.support.CloudIT;
import app.innkeep.cloud.support.TestHotel;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The audit trail records changes, not requests: setting the backup flag, a user's role or active state to what it
 * already is, or revoking a revoked device, writes no entry. The backup flag's body refuses fields it does not know.
 */
abstract class AuditOnlyChangesIT extends CloudIT {

    TestHotel sea;
    String support;

    @BeforeAll
    void openHotel() {
        support = supportToken();
        sea = TestHotel.open(api(), support, "SEA", "2026-03-10");
    }

    List<String> actions(String subjectType, String subjectKey) {
        var answer =
                ok(api().get(sea.admin, sea.path("/audit?subjectType=" + subjectType + "&subjectKey=" + subjectKey)));
        List<String> actions = new ArrayList<>();
        for (JsonNode entry : answer.json()) {
            actions.add(entry.get("action").asText());
        }
        return actions;
    }

    @Test
    void backupFlagTurnedOnTwiceIsAuditedOnce() {
        ok(api().put(support, "/api/v1/admin/properties/SEA/backup", Map.of("enabled", true)));
        var again = ok(api().put(support, "/api/v1/admin/properties/SEA/backup", Map.of("enabled", true)));

        assertThat(again.json().get("backupEnabled").asBoolean()).isTrue();
        assertThat(actions("property", "SEA"))
                .filteredOn(a -> a.startsWith("backup."))
                .containsExactly("backup.enabled");
    }

    @Test
    void backupFlagBodyWithAnUnknownFieldIsRefusedNamingIt() {
        ok(api().put(support, "/api/v1/admin/properties/SEA/backup", Map.of("enabled", true)));
        var countsBefore = rowCounts();

        var refused = api().put(
                        support, "/api/v1/admin/properties/SEA/backup", Map.of("enabled", false, "reason", "testing"));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.isProblem()).isTrue();
        assertThat(refused.json().get("errors").findValuesAsText("field")).contains("reason");
        assertThat(rowCounts()).isEqualTo(countsBefore);
        assertThat(ok(api().get(sea.admin, sea.path("")))
                        .json()
                        .get("backupEnabled")
                        .asBoolean())
                .isTrue();
    }

    @Test
    void deviceRevokedTwiceIsAuditedOnceAndKeepsItsFirstRevocation() {
        ok(api().put(support, "/api/v1/admin/properties/SEA/backup", Map.of("enabled", true)));
        String code =
                ok(api().post(sea.admin, sea.path("/pairing-codes"), Map.of())).text("code");
        long device = ok(api().post(null, "/api/v1/pairing", Map.of("code", code, "deviceName", "Back office PC")))
                .json()
                .get("deviceId")
                .asLong();

        var first = ok(api().post(sea.admin, sea.path("/devices/" + device + "/revoke"), Map.of()));
        var second = ok(api().post(sea.admin, sea.path("/devices/" + device + "/revoke"), Map.of()));
        var bySupport = ok(api().post(support, "/api/v1/admin/devices/" + device + "/revoke", Map.of()));

        assertThat(second.text("revokedAt")).isEqualTo(first.text("revokedAt"));
        assertThat(bySupport.text("revokedAt")).isEqualTo(first.text("revokedAt"));
        assertThat(actions("device", String.valueOf(device)))
                .filteredOn("device.revoked"::equals)
                .hasSize(1);
    }

    @Test
    void userSavedWithWhatItAlreadyHasIsNotAudited() {
        String username = "sea.quiet";
        ok(api().post(
                        sea.admin,
                        sea.path("/users"),
                        Map.of(
                                "username",
                                username,
                                "displayName",
                                "Quiet User",
                                "role",
                                "FRONT_DESK",
                                "password",
                                TestHotel.PASSWORD)));
        Map<String, Object> deactivated = Map.of("displayName", "Quiet User", "role", "FRONT_DESK", "active", false);

        ok(api().put(sea.admin, sea.path("/users/" + username), deactivated));
        ok(api().put(sea.admin, sea.path("/users/" + username), deactivated));
        var sameAgain = ok(api().put(sea.admin, sea.path("/users/" + username), deactivated));

        assertThat(sameAgain.json().get("active").asBoolean()).isFalse();
        assertThat(actions("user", username)).containsExactly("user.updated", "user.created");
    }
}
