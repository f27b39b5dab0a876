package app.innkeep.reports;

import static app.innkeep.reports.Guests.folio;
import static app.innkeep.reports.Guests.zoesLines;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ReportsConcurrencyTest {

    @Test
    void oneReportsServesSeveralDesksAtOnce() throws Exception {
        Reports reports = new Reports();
        List<String> confirmations =
                IntStream.rangeClosed(1, 6).mapToObj(i -> "D20" + i).toList();

        List<String> printed;
        try (ExecutorService desks = Executors.newFixedThreadPool(3)) {
            List<Future<String>> pdfs = confirmations.stream()
                    .map(confirmation -> desks.submit(() -> {
                        Folio f = folio(zoesLines());
                        Folio mine = new Folio(
                                f.header(),
                                confirmation,
                                f.guestName(),
                                f.room(),
                                f.arrival(),
                                f.departure(),
                                f.currency(),
                                f.lines());
                        return Printed.read(reports.folioPdf(mine)).flat();
                    }))
                    .toList();
            printed = pdfs.stream().map(ReportsConcurrencyTest::get).toList();
        }

        for (int i = 0; i < confirmations.size(); i++) {
            assertThat(printed.get(i)).contains(confirmations.get(i), "Balance 1,318.50 EUR");
        }
    }

    private static String get(Future<String> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
