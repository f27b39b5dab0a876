package app.innkeep.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.innkeep.jdbc.Jdbc.NullBinding;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Both gateways bind and read through these; an in-memory Derby shows the values round-trip. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JdbcTest {

    enum Housekeeping {
        CLEAN
    }

    Connection db;

    @BeforeAll
    void openDatabase() throws Exception {
        db = DriverManager.getConnection("jdbc:derby:memory:jdbc-test-" + System.nanoTime() + ";create=true");
        db.createStatement()
                .execute(
                        "CREATE TABLE ROOM_NIGHT (ROOM VARCHAR(12), STATUS VARCHAR(12), NIGHT DATE, CHANGED_AT TIMESTAMP,"
                                + " RATE DECIMAL(12, 2))");
    }

    @AfterAll
    void closeDatabase() throws Exception {
        db.close();
    }

    @Test
    void timesDatesAmountsEnumsAndNullsRoundTripOnDerby() throws Exception {
        Instant changed = Instant.parse("2026-11-30T10:40:00Z");
        LocalDate night = LocalDate.parse("2026-11-30");
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO ROOM_NIGHT VALUES (?, ?, ?, ?, ?)")) {
            Jdbc.bind(
                    insert,
                    NullBinding.COLUMN_TYPE,
                    "101",
                    Housekeeping.CLEAN,
                    night,
                    changed,
                    new BigDecimal("99.00"));
            insert.executeUpdate();
            Jdbc.bind(insert, NullBinding.COLUMN_TYPE, "102", null, null, null, null);
            insert.executeUpdate();
        }
        try (PreparedStatement select = db.prepareStatement("SELECT * FROM ROOM_NIGHT ORDER BY ROOM")) {
            List<String> rows = Jdbc.rows(
                    select.executeQuery(),
                    rs -> rs.getString("ROOM") + " " + rs.getString("STATUS") + " " + Jdbc.date(rs, "NIGHT") + " "
                            + Jdbc.instant(rs, "CHANGED_AT") + " " + rs.getBigDecimal("RATE"));
            assertThat(rows)
                    .containsExactly("101 CLEAN 2026-11-30 2026-11-30T10:40:00Z 99.00", "102 null null null null");
        }
    }

    @Test
    void aQueryForOneRowThatFindsTwoIsAMistake() {
        assertThat(Jdbc.atMostOne(List.of(), "q")).isEmpty();
        assertThat(Jdbc.atMostOne(List.of("D1042"), "q")).contains("D1042");
        assertThatThrownBy(() -> Jdbc.atMostOne(List.of("D1042", "D1043"), "SELECT ..."))
                .hasMessageContaining("expected at most one row, got 2: SELECT ...");
    }
}
