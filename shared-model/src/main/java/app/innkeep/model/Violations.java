package app.innkeep.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every fault found in one input, gathered before anything is refused: a desk clerk or an API client mends all of
 * them in one go instead of meeting them one at a time. One message per field, the first found.
 */
public final class Violations {

    private final List<Violation> found = new ArrayList<>();

    public Violations add(String field, String message) {
        if (!has(field)) {
            found.add(new Violation(field, message));
        }
        return this;
    }

    /** Adds the fault a shared rule answered ({@link FreeText}, {@link BookingRules}), if it found one. */
    public Violations add(String field, Optional<String> fault) {
        fault.ifPresent(message -> add(field, message));
        return this;
    }

    /** Adds another input's faults, their fields named under {@code prefix} ({@code guest.} for a nested guest). */
    public Violations addAll(String prefix, Violations other) {
        other.found.forEach(v -> add(v.field() == null ? null : prefix + v.field(), v.message()));
        return this;
    }

    public boolean has(String field) {
        return found.stream().anyMatch(v -> java.util.Objects.equals(v.field(), field));
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    public List<Violation> list() {
        return List.copyOf(found);
    }
}
