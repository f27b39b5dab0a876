package app.innkeep.ops.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

class FeedBenchmarkTest {

    @Test
    @SuppressWarnings("unchecked")
    void theBenchReadsTheFeedInPagesOfTheStandbysOwnSize() throws Exception {
        // The standby's configuration is on this test's classpath (ops depends on the standby for tests only),
        // beside the cloud's: the standby's is the one with innkeep.standby.
        List<Object> pageSizes = new ArrayList<>();
        for (URL url : Collections.list(getClass().getClassLoader().getResources("application.yml"))) {
            try (InputStream in = url.openStream()) {
                Map<String, Object> yaml = new Yaml().load(in);
                var innkeep = (Map<String, Object>) yaml.get("innkeep");
                if (innkeep != null && innkeep.get("standby") instanceof Map<?, ?> standby) {
                    pageSizes.add(((Map<String, Object>) standby.get("sync")).get("page-size"));
                }
            }
        }
        assertThat(pageSizes).containsExactly(FeedBenchmark.STANDBY_PAGE);
    }
}
