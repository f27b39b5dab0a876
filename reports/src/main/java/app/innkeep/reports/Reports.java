package app.innkeep.reports;

/**
 * Prints the hotel's documents as PDF (and the list reports also as CSV) from plain records: no HTTP, no database.
 * Thread-safe; each template is compiled on its first use and kept, so the first report of a JVM takes seconds and
 * later ones a fraction of a second.
 *
 * <p>Each list report builds its rows once, as printed strings; the PDF places them and the CSV writes the same rows,
 * so the two always hold the same lines (the CSV may carry a few more columns, e.g. the business date). Each report's
 * layout is its own class; this is the one door the apps print through.
 */
public final class Reports {

    private final RegistrationCardLayout registrationCard = new RegistrationCardLayout();
    private final FolioLayout folio = new FolioLayout();
    private final RoomBookingsLayout roomBookings = new RoomBookingsLayout();
    private final MoneyReportLayout moneyReport = new MoneyReportLayout();
    private final DowntimePackLayout downtimePack = new DowntimePackLayout();
    private final LetterLayout letters = new LetterLayout();
    private final MismatchLayout mismatches = new MismatchLayout();
    private final CollisionLayout collisions = new CollisionLayout();

    public Reports() {}

    public byte[] registrationCardPdf(RegistrationCard card) {
        return registrationCard.pdf(card);
    }

    public byte[] folioPdf(Folio folio) {
        return this.folio.pdf(folio);
    }

    /** Every booking action of the window, sorted by the time it was entered on the standby (ties keep their order). */
    public byte[] roomBookingsPdf(RoomBookingsReport r) {
        return roomBookings.pdf(r);
    }

    /** The rows of {@link #roomBookingsPdf}, one per PDF line, with the business date and currency added. */
    public byte[] roomBookingsCsv(RoomBookingsReport r) {
        return roomBookings.csv(r);
    }

    /** Financials or Items: entries grouped by code, a subtotal under each group and the grand total at the end. */
    public byte[] moneyReportPdf(MoneyReport r) {
        return moneyReport.pdf(r);
    }

    /** The lines of {@link #moneyReportPdf}, each marked entry, subtotal or total. */
    public byte[] moneyReportCsv(MoneyReport r) {
        return moneyReport.csv(r);
    }

    /** The hourly downtime pack: arrivals, in house, departures, room status and guest balances. */
    public byte[] downtimePackPdf(DowntimePack pack) {
        return downtimePack.pdf(pack);
    }

    /** The guest and room lines of {@link #downtimePackPdf}, each led by its section's name. */
    public byte[] downtimePackCsv(DowntimePack pack) {
        return downtimePack.csv(pack);
    }

    /** A confirmation letter on the property's letterhead, flowing onto more pages if long. */
    /** A letter to a guest (confirmation, cancellation, receipt...) from the property's letter template. */
    public byte[] letterPdf(Letter letter) {
        return letters.pdf(letter);
    }

    /** Master data that differs between the cloud and the standby, in the order given. */
    public byte[] mismatchPdf(MismatchReport r) {
        return mismatches.pdf(r);
    }

    public byte[] mismatchCsv(MismatchReport r) {
        return mismatches.csv(r);
    }

    /** Every record changed on both sides, sorted by the time the standby noted it (ties keep their order). */
    public byte[] collisionPdf(CollisionReport r) {
        return collisions.pdf(r);
    }

    public byte[] collisionCsv(CollisionReport r) {
        return collisions.csv(r);
    }
}
