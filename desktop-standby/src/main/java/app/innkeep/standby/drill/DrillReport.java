package app.innkeep.standby.drill;

import app.innkeep.model.journal.JournalChange;
import java.util.List;
import java.util.Optional;

/**
 * What a fire drill left: who did what and when (from the drill's start), what was refused, how long the milestones
 * took, and the comparison that proves the replica is exactly as before.
 */
public record DrillReport(Drill drill, List<DrillStep> steps, List<TableCheck> tables) {

    /** A milestone of the drill and the step that reached it, if any. */
    public record Milestone(String label, Optional<DrillStep> step) {}

    public List<Milestone> milestones() {
        return List.of(
                new Milestone("First check-in", first(DrillStep.Kind.DONE, JournalChange.CheckIn.ACTION)),
                new Milestone("First walk-in", first(DrillStep.Kind.DONE, JournalChange.WalkIn.ACTION)),
                new Milestone("First payment", first(DrillStep.Kind.DONE, JournalChange.Payment.ACTION)),
                new Milestone("First printout or report", first(DrillStep.Kind.PRINTED, null)));
    }

    public List<DrillStep> done() {
        return steps.stream().filter(s -> s.kind() != DrillStep.Kind.REFUSED).toList();
    }

    public List<DrillStep> refused() {
        return steps.stream().filter(s -> s.kind() == DrillStep.Kind.REFUSED).toList();
    }

    public long printed() {
        return steps.stream().filter(s -> s.kind() == DrillStep.Kind.PRINTED).count();
    }

    /** True when every table compared holds after the drill exactly what it held before. */
    public boolean replicaUnchanged() {
        return !tables.isEmpty() && tables.stream().allMatch(TableCheck::same);
    }

    public List<TableCheck> changedTables() {
        return tables.stream().filter(t -> !t.same()).toList();
    }

    public long rowsCompared() {
        return tables.stream().mapToLong(TableCheck::rowsBefore).sum();
    }

    /** The real outage journal's entries before and after, as the comparison counted them. */
    public Optional<TableCheck> journal() {
        return tables.stream().filter(t -> t.table().equals("OUTAGE_JOURNAL")).findFirst();
    }

    private Optional<DrillStep> first(DrillStep.Kind kind, String action) {
        return steps.stream()
                .filter(s -> s.kind() == kind && (action == null || action.equals(s.action())))
                .findFirst();
    }
}
