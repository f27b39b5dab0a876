package app.innkeep.standby.drill;

import static org.assertj.core.api.Assertions.assertThat;

import app.innkeep.standby.outage.JournalEntry;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The drill's report from its journal and notes: steps in time order, milestones, and the comparison's verdict. */
class DrillReportTest {

    static final Instant START = Instant.parse("2026-11-24T02:00:00Z");

    @Test
    void stepsFollowTheClockAndMilestonesAreTheFirstOfEachKind() {
        List<DrillStep> steps = EndingDrill.steps(
                START,
                List.of(
                        entry(0, "OUTAGE_STARTED", "nico", null, null),
                        entry(180, "WALK_IN", "dana", "D1001", null),
                        entry(400, "PAYMENT", "dana", "D1001", "100"),
                        entry(500, "PAYMENT", "dana", "D1001", "5")),
                List.of(
                        new Drills.Note(DrillStep.Kind.REFUSED, START.plusSeconds(390), "dana", "payment", "no"),
                        new Drills.Note(
                                DrillStep.Kind.PRINTED, START.plusSeconds(3725), "dana", "PRINTED", "folio.pdf")));
        DrillReport report = new DrillReport(drill(), steps, List.of());

        assertThat(steps).extracting(DrillStep::position).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(steps)
                .extracting(DrillStep::action)
                .containsExactly("OUTAGE_STARTED", "WALK_IN", "payment", "PAYMENT", "PAYMENT", "PRINTED");
        assertThat(steps.get(3).detail()).isEqualTo("D1001 · 100.00");
        assertThat(report.milestones())
                .extracting(m ->
                        m.label() + " " + m.step().map(DrillStep::elapsedText).orElse("not done"))
                .containsExactly(
                        "First check-in not done",
                        "First walk-in +3:00",
                        "First payment +6:40",
                        "First printout or report +1:02:05");
        assertThat(report.refused())
                .singleElement()
                .extracting(DrillStep::username)
                .isEqualTo("dana");
        assertThat(report.done()).hasSize(5);
        assertThat(report.printed()).isEqualTo(1);
    }

    @Test
    void theReplicaIsUnchangedOnlyWhenEveryTableHasTheSameRowsAfterTheDrill() {
        var same = new TableCheck("BOOKING", 12, "ab", 12L, "ab");
        var journal = new TableCheck("OUTAGE_JOURNAL", 3, "cd", 3L, "cd");
        assertThat(new DrillReport(drill(), List.of(), List.of(same, journal)).replicaUnchanged())
                .isTrue();
        assertThat(new DrillReport(
                                drill(), List.of(), List.of(same, new TableCheck("OUTAGE_JOURNAL", 3, "cd", 4L, "ce")))
                        .changedTables())
                .extracting(TableCheck::table)
                .containsExactly("OUTAGE_JOURNAL");
        assertThat(new DrillReport(drill(), List.of(), List.of(same, new TableCheck("ROOM", 5, "ef", 5L, "e0")))
                        .replicaUnchanged())
                .as("the same count with other contents")
                .isFalse();
        assertThat(new DrillReport(drill(), List.of(), List.of(new TableCheck("ROOM", 5, "ef", null, null)))
                        .replicaUnchanged())
                .as("never compared after")
                .isFalse();
        assertThat(new DrillReport(drill(), List.of(), List.of()).replicaUnchanged())
                .as("no comparison proves nothing")
                .isFalse();
    }

    @Test
    void elapsedTimeIsPrintedInMinutesOrHours() {
        assertThat(step(Duration.ofSeconds(5)).elapsedText()).isEqualTo("+0:05");
        assertThat(step(Duration.ofMinutes(59).plusSeconds(59)).elapsedText()).isEqualTo("+59:59");
        assertThat(step(Duration.ofHours(2).plusMinutes(3)).elapsedText()).isEqualTo("+2:03:00");
    }

    private static DrillStep step(Duration elapsed) {
        return new DrillStep(1, DrillStep.Kind.DONE, START.plus(elapsed), elapsed, "dana", "WALK_IN", "");
    }

    private static Drill drill() {
        return new Drill(1, DrillState.ENDED, START, "nico", "practice", START.plusSeconds(4000), "nico", null);
    }

    private static JournalEntry entry(long second, String action, String user, String booking, String amount) {
        return new JournalEntry(
                second,
                "e" + second,
                1,
                action,
                booking,
                null,
                null,
                amount == null ? null : new BigDecimal(amount),
                null,
                null,
                user,
                START.plusSeconds(second),
                LocalDate.parse("2026-11-23"));
    }
}
