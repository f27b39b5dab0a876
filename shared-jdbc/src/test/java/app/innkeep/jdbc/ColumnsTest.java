package app.innkeep.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import app.innkeep.jdbc.Jdbc.NullBinding;
import app.innkeep.model.LineKind;
import app.innkeep.model.Posting;
import app.innkeep.model.StayTerms;
import app.innkeep.model.event.BookingState;
import app.innkeep.model.event.FolioLineState;
import app.innkeep.model.event.GuestState;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** A booking and a folio line written in the shared column order read back as they were, on Derby. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ColumnsTest {

    static final LocalDate DAY = LocalDate.parse("2026-11-30");

    Connection db;

    @BeforeAll
    void openDatabase() throws Exception {
        db = DriverManager.getConnection("jdbc:derby:memory:columns-test-" + System.nanoTime() + ";create=true");
        db.createStatement()
                .execute("CREATE TABLE BOOKING (CONFIRMATION VARCHAR(20), STATUS VARCHAR(16), G_ID BIGINT,"
                        + " FIRST_NAME VARCHAR(80), LAST_NAME VARCHAR(80), EMAIL VARCHAR(160), PHONE VARCHAR(40),"
                        + " SOURCE_CODE VARCHAR(12), ROOM_TYPE VARCHAR(12), ROOM_NUMBER VARCHAR(12), ARRIVAL DATE,"
                        + " DEPARTURE DATE, ADULTS INT, CHILDREN INT, RATE DECIMAL(12, 2), CANCEL_REASON VARCHAR(200),"
                        + " NOTES VARCHAR(500))");
        db.createStatement()
                .execute("CREATE TABLE FOLIO_LINE (ID BIGINT, CONFIRMATION VARCHAR(20), LINE_KIND VARCHAR(10),"
                        + " CODE VARCHAR(12), DESCRIPTION VARCHAR(200), QUANTITY DECIMAL(10, 2), UNIT_PRICE DECIMAL(12, 2),"
                        + " AMOUNT DECIMAL(12, 2), BUSINESS_DATE DATE, CARD_LAST4 CHAR(4), REVERSES_LINE_ID BIGINT)");
    }

    @AfterAll
    void closeDatabase() throws Exception {
        db.close();
    }

    @Test
    void aBookingWithItsGuestAndStayReadsBackAsWritten() throws Exception {
        StayTerms stay = new StayTerms(
                "WEB", "STD", null, DAY, DAY.plusDays(3), 2, 1, new BigDecimal("89.00"), null, "Late arrival");
        GuestState guest = new GuestState(7, "Maria", "Gonçalves", "maria@example.com", null);
        Object[] row = new Object[7 + BookingColumns.STAY.size()];
        List.of("100042", "RESERVED", guest.id(), guest.firstName(), guest.lastName(), "maria@example.com")
                .toArray(row);
        assertThat(BookingColumns.putStay(row, 7, stay)).isEqualTo(row.length);
        insert(
                "BOOKING",
                "CONFIRMATION, STATUS, G_ID, FIRST_NAME, LAST_NAME, EMAIL, PHONE, "
                        + String.join(", ", BookingColumns.STAY),
                row);

        try (PreparedStatement select = db.prepareStatement("SELECT * FROM BOOKING")) {
            List<BookingState> read =
                    Jdbc.rows(select.executeQuery(), rs -> BookingColumns.state(rs, BookingColumns.guest(rs, "G_ID")));
            assertThat(read).containsExactly(new BookingState("100042", "RESERVED", guest, stay));
            assertThat(read.getFirst().departure()).isEqualTo(DAY.plusDays(3));
        }
    }

    @Test
    void aRefundReadsBackWithTheLineItReverses() throws Exception {
        Posting refund = new Posting(
                LineKind.PAYMENT,
                "VISA",
                "Refund: overcharged",
                BigDecimal.ONE.setScale(2),
                new BigDecimal("-20.00"),
                new BigDecimal("-20.00"),
                DAY,
                "4242");
        Object[] row = new Object[2 + FolioLineColumns.POSTING.size() + 1];
        row[0] = 12L;
        row[1] = "100042";
        int next = FolioLineColumns.putPosting(row, 2, refund);
        row[next] = 11L;
        insert(
                "FOLIO_LINE",
                "ID, CONFIRMATION, " + String.join(", ", FolioLineColumns.POSTING) + ", REVERSES_LINE_ID",
                row);
        Object[] charge = new Object[row.length];
        charge[0] = 11L;
        FolioLineColumns.putPosting(
                charge,
                2,
                new Posting(
                        LineKind.CHARGE,
                        "MINIBAR",
                        null,
                        BigDecimal.ONE.setScale(2),
                        null,
                        BigDecimal.TEN.setScale(2),
                        DAY,
                        null));
        insert(
                "FOLIO_LINE",
                "ID, CONFIRMATION, " + String.join(", ", FolioLineColumns.POSTING) + ", REVERSES_LINE_ID",
                charge);

        try (PreparedStatement select = db.prepareStatement("SELECT * FROM FOLIO_LINE ORDER BY ID")) {
            List<FolioLineState> read = Jdbc.rows(select.executeQuery(), rs -> FolioLineColumns.state(rs, "ID"));
            assertThat(read).extracting(FolioLineState::kind).containsExactly("CHARGE", "PAYMENT");
            assertThat(read.getFirst().reversesLineId()).isNull();
            assertThat(read.getLast()).isEqualTo(new FolioLineState(12, "100042", refund, 11L));
        }
    }

    private void insert(String table, String columns, Object[] row) throws Exception {
        String marks = String.join(", ", Collections.nCopies(row.length, "?"));
        try (PreparedStatement insert =
                db.prepareStatement("INSERT INTO " + table + " (" + columns + ") VALUES (" + marks + ")")) {
            Jdbc.bind(insert, NullBinding.COLUMN_TYPE, row);
            insert.executeUpdate();
        }
    }
}
