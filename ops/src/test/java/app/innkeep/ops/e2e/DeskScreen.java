package app.innkeep.ops.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** What the browser tests read off a desk page as a clerk would: the Done line, a booking's status, its folio. */
final class DeskScreen {

    private DeskScreen() {}

    /** The one Done line the page shows after an action, on one line. */
    static String doneBanner(Browser browser) {
        List<WebElement> banners = browser.driver().findElements(By.cssSelector(".banner.done"));
        assertThat(banners).as("the Done banner on " + browser.currentUri()).hasSize(1);
        return banners.getFirst().getText().replaceAll("\\s+", " ").strip();
    }

    /** The booking's status tag beside its heading. */
    static String statusTag(Browser browser) {
        return browser.driver().findElement(By.cssSelector("h1 .tag")).getText();
    }

    /** The folio's balance as shown. */
    static String balance(Browser browser) {
        return browser.driver().findElement(By.id("balance")).getText();
    }

    /** The folio's lines as shown (one string per row, cells joined by spaces). */
    static List<String> folioLines(Browser browser) {
        @SuppressWarnings("unchecked")
        List<String> rows = (List<String>) browser.js("""
                return [...document.getElementById('balance').closest('table').querySelectorAll('tr')]
                  .filter(tr => tr.querySelector('td.num'))
                  .map(tr => tr.innerText.replace(/\\s+/g, ' ').trim());
                """);
        return rows;
    }
}
