package app.innkeep.reports;

import static app.innkeep.reports.Guests.LONG_NAME;
import static app.innkeep.reports.Guests.ZOE;
import static app.innkeep.reports.Guests.header;
import static app.innkeep.reports.Guests.zoesCard;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RegistrationCardPdfTest {

    // One instance for the class, as the standby holds one: the template is compiled once.
    private static final Reports reports = new Reports();

    @Test
    void cardShowsTheGuestTheStayAndTheRate() {
        Printed card = Printed.read(reports.registrationCardPdf(zoesCard()), "registration-card");

        assertThat(card.flat())
                .contains(ZOE)
                .contains("D1042")
                .contains("zoe.angstrom@example.se", "+46 70 123 45 67")
                .contains("214", "Double Deluxe")
                .contains("2026-11-20", "2026-11-23")
                .contains("129.00 EUR")
                .contains("Walk-in (outage)")
                .contains("Jürgen Weiß");
    }

    @Test
    void cardHasTheHeaderAndFooterEveryReportHas() {
        Printed card = Printed.read(reports.registrationCardPdf(zoesCard()), "registration-card");

        assertThat(card.flat())
                .contains("VIE01 · Gasthof Zur Goldenen Gans")
                .contains("Registration card")
                .contains("Arrival 2026-11-20")
                .contains("Generated 2026-11-23 14:05 (Europe/Vienna)")
                .contains("Data as of 2026-11-23 13:58")
                .contains("Page 1 of 1");
        assertThat(card.pages()).isEqualTo(1);
    }

    @Test
    void cardAsksForTheGuestsSignatureAndPromiseToPay() {
        Printed card = Printed.read(reports.registrationCardPdf(zoesCard()), "registration-card");

        assertThat(card.flat()).contains("I agree to pay all charges", "Guest signature", "Date");
    }

    @Test
    void cardEmbedsItsFontsSoAccentsPrintOnAnyMachine() {
        Printed card = Printed.read(reports.registrationCardPdf(zoesCard()), "registration-card");

        assertThat(card.fonts()).isNotEmpty().allMatch(name -> name.contains("DejaVu"));
        assertThat(card.embedded()).containsOnly(true);
    }

    @Test
    void aLongNameWrapsInsteadOfBeingCutOff() {
        RegistrationCard longName = withGuest(zoesCard(), LONG_NAME);

        Printed card = Printed.read(reports.registrationCardPdf(longName), "registration-card-long-name");

        assertThat(card.flat()).contains(LONG_NAME).contains("Guest signature");
        assertThat(card.pages()).isEqualTo(1);
    }

    @Test
    void missingOptionalFieldsPrintEmptyNeverNull() {
        ReportHeader header = new ReportHeader(
                "VIE01", "Gasthof Zur Goldenen Gans", "Registration card", null, Instant.EPOCH, null, Guests.VIENNA);
        RegistrationCard bare = new RegistrationCard(
                header, "D1043", "Walk-in", null, " ", null, null, null, null, 1, 0, null, null, null, null, null);

        Printed card = Printed.read(reports.registrationCardPdf(bare), "registration-card-bare");

        assertThat(card.flat())
                .contains("D1043", "Walk-in", "Data as of: unknown")
                .doesNotContain("null");
    }

    @Test
    void theRateIsPrintedWithTwoDecimalsAndTheCurrency() {
        RegistrationCard card = new RegistrationCard(
                header("Registration card", ""),
                "D1044",
                ZOE,
                null,
                null,
                "301",
                "Suite",
                null,
                null,
                2,
                0,
                new BigDecimal("1450"),
                "CHF",
                null,
                null,
                null);

        assertThat(Printed.read(reports.registrationCardPdf(card), "registration-card-chf")
                        .flat())
                .contains("1,450.00 CHF");
    }

    private static RegistrationCard withGuest(RegistrationCard c, String guestName) {
        return new RegistrationCard(
                c.header(),
                c.confirmation(),
                guestName,
                c.email(),
                c.phone(),
                c.room(),
                c.roomType(),
                c.arrival(),
                c.departure(),
                c.adults(),
                c.children(),
                c.rate(),
                c.currency(),
                c.source(),
                c.notes(),
                c.clerk());
    }
}
