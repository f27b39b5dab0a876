package app.innkeep.standby.input;

import app.innkeep.model.Violation;
import app.innkeep.model.Violations;
import java.util.List;

/**
 * Input that cannot be used, naming the form fields it belongs to (one, or every one a shared rule found at fault);
 * thrown by the desk's rules before anything is written. It lives below every feature so the domain never imports
 * {@code web}: the pages show each message next to its field, and the JSON API answers with problem+json naming them
 * ({@code web.BadRequestHandler}).
 */
public class Invalid extends IllegalArgumentException {

    private final List<Violation> violations;

    public Invalid(String field, String message) {
        this(List.of(new Violation(field, message)));
    }

    private Invalid(List<Violation> violations) {
        super(
                violations.size() == 1
                        ? violations.getFirst().message()
                        : String.join(
                                "; ",
                                violations.stream().map(Violation::toString).toList()));
        this.violations = List.copyOf(violations);
    }

    /** Throws every fault gathered, at once; does nothing when there is none. */
    public static void refuse(Violations faults) {
        if (!faults.isEmpty()) {
            throw new Invalid(faults.list());
        }
    }

    /** The first field at fault (null when the whole input is). */
    public String field() {
        return violations.getFirst().field();
    }

    public List<Violation> violations() {
        return violations;
    }
}
