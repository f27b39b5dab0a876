package app.innkeep.cloud.support;

import static app.innkeep.cloud.support.TestHotel.ok;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The support staff's sync-health page: sign-in by cookie, support only, every property's standbys with their lag. */
@MicronautTest(transactional = false)
class SupportPageIT extends CloudIT {

    final HttpClient browser = HttpClient.newHttpClient();

    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.derby();
    }

    @Test
    void supportStaffSignInAndSeeEveryStandbyWithItsLag() throws Exception {
        String support = supportToken();
        TestHotel sea = TestHotel.open(api(), support, "SEA", "2026-03-10");
        ok(api().put(support, "/api/v1/admin/properties/SEA/backup", Map.of("enabled", true)));
        String code =
                ok(api().post(sea.admin, sea.path("/pairing-codes"), Map.of())).text("code");
        ok(api().post(null, "/api/v1/pairing", Map.of("code", code, "deviceName", "Reception <PC>")));

        var anonymous = get("/support/sync-health", null);
        assertThat(anonymous.statusCode()).isEqualTo(303);
        assertThat(anonymous.headers().firstValue("location")).contains("/support/login");

        var wrong = login("support", "not the password");
        assertThat(wrong.statusCode()).isEqualTo(200);
        assertThat(wrong.body()).contains("Wrong username or password");
        assertThat(wrong.headers().firstValue("set-cookie")).isEmpty();

        var admin = login("sea.admin", TestHotel.PASSWORD);
        assertThat(admin.body()).contains("for support staff and group admins only");

        var signedIn = login("support", SUPPORT_PASSWORD);
        assertThat(signedIn.statusCode()).isEqualTo(303);
        String cookie = signedIn.headers().firstValue("set-cookie").orElseThrow();
        assertThat(cookie)
                .containsIgnoringCase("HttpOnly")
                .containsIgnoringCase("SameSite=Strict")
                .contains("Path=/");

        var page = get("/support/sync-health", cookie.split(";")[0]);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("Standby sync health")
                .contains("SEA")
                .contains("Reception &lt;PC&gt;")
                .contains("never")
                .doesNotContain("<PC>");
    }

    private HttpResponse<String> get(String path, String cookie) throws Exception {
        var request = HttpRequest.newBuilder(server.getURI().resolve(path));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> login(String username, String password) throws Exception {
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return browser.send(
                HttpRequest.newBuilder(server.getURI().resolve("/support/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
