package app.innkeep.standby.desk;

import static org.assertj.core.api.Assertions.assertThat;

import app.innkeep.model.BookingStatus;
import app.innkeep.model.LineKind;
import app.innkeep.model.Posting;
import app.innkeep.model.StayTerms;
import io.micronaut.serde.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The desk's booking and folio line as {@code /api/desk/bookings} sends them (the CLI and outside checks read it): flat
 * objects with the stay's and the posting's fields in their old places, statuses by name.
 */
class DeskJsonTest {

    static final LocalDate DAY = LocalDate.parse("2026-11-30");

    final ObjectMapper json = ObjectMapper.getDefault();

    @Test
    void aWalkInReadsAsTheFlatObjectItAlwaysWas() throws Exception {
        DeskBooking walkIn = new DeskBooking(
                "D1001",
                BookingOrigin.WALK_IN,
                BookingStatus.CHECKED_IN,
                null,
                "Zoë",
                "Ångström",
                "zoe@example.com",
                null,
                new StayTerms(
                        "WALKIN", "STD", "102", DAY, DAY.plusDays(2), 2, 1, new BigDecimal("120.00"), null, "Late"));

        assertThat(json.writeValueAsString(walkIn))
                .isEqualTo(
                        "{\"confirmation\":\"D1001\",\"origin\":\"WALK_IN\",\"status\":\"CHECKED_IN\","
                                + "\"firstName\":\"Zoë\",\"lastName\":\"Ångström\",\"email\":\"zoe@example.com\","
                                + "\"source\":\"WALKIN\",\"roomType\":\"STD\",\"room\":\"102\",\"arrival\":\"2026-11-30\","
                                + "\"departure\":\"2026-12-02\",\"adults\":2,\"children\":1,\"rate\":120.00,\"notes\":\"Late\"}");
    }

    @Test
    void aRefundReadsAsTheFlatObjectItAlwaysWas() throws Exception {
        FolioEntry refund = new FolioEntry(
                -4,
                new Posting(
                        LineKind.PAYMENT,
                        "VISA",
                        "Refund: overcharged",
                        BigDecimal.ONE,
                        new BigDecimal("-20.00"),
                        new BigDecimal("-20.00"),
                        DAY,
                        "4242"),
                -3L,
                LineOrigin.STANDBY);

        assertThat(json.writeValueAsString(refund))
                .isEqualTo(
                        "{\"lineId\":-4,\"kind\":\"PAYMENT\",\"code\":\"VISA\",\"description\":\"Refund: overcharged\","
                                + "\"quantity\":1,\"unitPrice\":-20.00,\"amount\":-20.00,\"businessDate\":\"2026-11-30\","
                                + "\"cardLast4\":\"4242\",\"reversesLineId\":-3,\"origin\":\"STANDBY\"}");
    }
}
