package app.innkeep.ops.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.Keys;

/**
 * The browser harness itself, against a tiny local server: labels find fields (both label styles), selects and
 * buttons by their visible text, the keyboard alone submits a form, and a PDF served as an attachment (by a link and
 * by a form's POST, as the standby's registration card and folio will be) is captured byte for byte.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserHarnessIT {

    static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);

    HttpServer server;
    URI base;
    Browser browser;
    final List<String> posted = new CopyOnWriteArrayList<>();

    @BeforeAll
    void start() throws IOException {
        Browser.assumeChromium();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            switch (path) {
                case "/form" -> send(exchange, 200, "text/html; charset=utf-8", null, """
                            <!doctype html><html lang="en"><head><title>Form</title></head><body>
                            <h1>Print</h1>
                            <p><a href="/card.pdf">Registration card</a></p>
                            <form method="post" action="/folio.pdf">
                              <p><label>Guest name <input name="guest"></label></p>
                              <p><label for="copies">Copies</label> <select id="copies" name="copies">
                                <option>One</option><option>Two</option></select></p>
                              <p><button>Print folio</button></p>
                            </form></body></html>""");
                case "/card.pdf" ->
                    send(exchange, 200, "application/pdf", "attachment; filename=\"registration-card.pdf\"", PDF);
                case "/folio.pdf" -> {
                    posted.add(URLDecoder.decode(
                            new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8),
                            StandardCharsets.UTF_8));
                    send(exchange, 200, "application/pdf", "attachment; filename=\"folio-4711.pdf\"", PDF);
                }
                default -> send(exchange, 404, "text/plain", null, "not found");
            }
        });
        server.start();
        base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        browser = Browser.start(getClass());
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void aPdfServedAsAnAttachmentIsCapturedFromALinkAndFromAFormPost() {
        browser.open(base, "/form");
        browser.screenshot("form");
        assertThat(browser.title()).isEqualTo("Form");

        browser.clickLink("Registration card");
        var card = browser.awaitDownloadedFile(".pdf", Duration.ofSeconds(20));
        assertThat(card.name()).isEqualTo("registration-card.pdf");
        assertThat(card.bytes()).isEqualTo(PDF);

        browser.fillByLabel("Guest name", "Ada Lovelace");
        browser.selectByLabel("Copies", "Two");
        browser.clickButton("Print folio");
        var folio = browser.awaitDownloadedFile(".PDF", Duration.ofSeconds(20));
        assertThat(folio.name()).isEqualTo("folio-4711.pdf");
        assertThat(folio.bytes()).isEqualTo(PDF);
        assertThat(posted).contains("guest=Ada Lovelace&copies=Two");
        assertThat(browser.currentUri().getPath())
                .as("an attachment leaves the page where it was")
                .isEqualTo("/form");
    }

    @Test
    void theKeyboardAloneFillsAndSubmitsTheForm() {
        browser.open(base, "/form");
        int before = posted.size();
        // From the page's start: the link first, then the name field.
        assertThat(browser.pressTabUntilFocused("Guest name", 5)).isEqualTo(2);
        browser.type("Grace Hopper", Keys.TAB);
        assertThat(browser.focused()).contains("Copies");
        // A focused select picks the option whose text is typed; TAB on to the button, ENTER presses it.
        browser.type("Two", Keys.TAB);
        assertThat(browser.focused()).startsWith("button");
        browser.type(Keys.ENTER);
        assertThat(browser.awaitDownload(".pdf", Duration.ofSeconds(20))).isEqualTo(PDF);
        assertThat(posted.subList(before, posted.size())).containsExactly("guest=Grace Hopper&copies=Two");
    }

    @Test
    void aMissingLabelOrButtonFailsWithWhatThePageHas() {
        browser.open(base, "/form");
        assertThatThrownBy(() -> browser.fillByLabel("Name", "x"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("no form controls labelled \"Name\"")
                .hasMessageContaining("Guest name");
        assertThatThrownBy(() -> browser.clickButton("Print"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Print folio");
        assertThat(browser.scrollWidth()).isLessThanOrEqualTo(Browser.WIDTH);
        assertThat(browser.viewportWidth()).isEqualTo(Browser.WIDTH);
    }

    private static void send(HttpExchange exchange, int status, String type, String disposition, String body)
            throws IOException {
        send(exchange, status, type, disposition, body.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, String type, String disposition, byte[] body)
            throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        if (disposition != null) {
            exchange.getResponseHeaders().set("Content-Disposition", disposition);
        }
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
