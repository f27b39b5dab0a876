package app.innkeep.cloud.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.innkeep.cloud.support.CloudIT;
import app.innkeep.cloud.support.TestDatabase;
import app.innkeep.cloud.support.TestHotel;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.sql.Connection;
import org.junit.jupiter.api.Test;

/** When the database itself fails, the caller gets a reference to quote, never SQL or table names. */
@MicronautTest(transactional = false)
class InternalErrorIT extends CloudIT {

    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.derby();
    }

    @Test
    void anUnexpectedFailureAnswersWithAReferenceAndHidesTheInternals() throws Exception {
        TestHotel hotel = TestHotel.open(api(), supportToken(), "ERR", "2026-03-10");
        var before = rowCounts();
        try (Connection c = database.connect()) {
            // Every change writes an audit entry; without its table the change fails deep inside the database.
            c.createStatement().execute("RENAME TABLE INNKEEP.AUDIT_ENTRY TO AUDIT_ENTRY_GONE");
        }
        var answer = api().post(
                        hotel.desk, hotel.path("/bookings"), hotel.booking("Broken", "2026-03-12", "2026-03-13", null));
        assertThat(answer.status()).isEqualTo(500);
        assertThat(answer.isProblem()).isTrue();
        assertThat(answer.text("detail")).contains("reference").contains("nothing was saved");
        assertThat(answer.body())
                .doesNotContainIgnoringCase("AUDIT_ENTRY")
                .doesNotContainIgnoringCase("insert")
                .doesNotContain("Exception");
        try (Connection c = database.connect()) {
            c.createStatement().execute("RENAME TABLE INNKEEP.AUDIT_ENTRY_GONE TO AUDIT_ENTRY");
        }
        assertThat(rowCounts()).as("the failed booking left nothing behind").isEqualTo(before);
    }
}
