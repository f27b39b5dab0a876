package app.innkeep.cloud.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A Prometheus text scrape, read the way a scraper reads it: a sample's value by its name and labels. */
record Scrape(String text) {

    /** The value of the sample written exactly as {@code series} (name and labels), 0 when there is none yet. */
    double value(String series) {
        Matcher m =
                Pattern.compile("(?m)^" + Pattern.quote(series) + " (\\S+)$").matcher(text);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    /** Like {@link #value}, but the series must be there. */
    double present(String series) {
        assertThat(text).as("the scrape has " + series).containsPattern("(?m)^" + Pattern.quote(series) + " ");
        return value(series);
    }
}
