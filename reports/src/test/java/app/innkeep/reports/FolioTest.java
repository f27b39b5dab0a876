package app.innkeep.reports;

import static app.innkeep.reports.Guests.charge;
import static app.innkeep.reports.Guests.folio;
import static app.innkeep.reports.Guests.line;
import static app.innkeep.reports.Guests.zoesLines;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class FolioTest {

    @Test
    void balanceIsTheSumOfTheSignedLineAmounts() {
        Folio folio = folio(zoesLines());

        BigDecimal sum = folio.lines().stream().map(FolioLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(folio.balance()).isEqualByComparingTo(sum).isEqualByComparingTo("1318.50");
    }

    @Test
    void chargesIncludeVoidsAndPaymentsIncludeRefunds() {
        Folio folio = folio(zoesLines());

        assertThat(folio.totalCharges()).isEqualByComparingTo("1498.50");
        assertThat(folio.totalPayments()).isEqualByComparingTo("-180.00");
        assertThat(folio.totalCharges().add(folio.totalPayments())).isEqualByComparingTo(folio.balance());
    }

    @Test
    void anOverpaidFolioHasANegativeBalance() {
        Folio folio = folio(List.of(
                charge(20, "RENT", "Room", "1", "100.00"), line(20, "PAYMENT", "CASH", "Cash", null, "-150.00", null)));

        assertThat(folio.balance()).isEqualByComparingTo("-50.00");
    }

    @Test
    void anEmptyFolioBalancesToZero() {
        assertThat(folio(List.of()).balance()).isZero();
        assertThat(folio(null).lines()).isEmpty();
    }
}
