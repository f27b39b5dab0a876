package app.innkeep.standby.reentry;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the night auditor chose for a colliding booking, per field: the standby's value is sent (the value the auditor
 * saw), or the cloud's stands and the field is not sent. A field without a choice is sent as the journal has it.
 */
public final class AuditorChoices {

    private record Choice(Winner winner, String value) {}

    private static final AuditorChoices NONE = new AuditorChoices(Map.of());

    private final Map<String, Choice> byField;

    private AuditorChoices(Map<String, Choice> byField) {
        this.byField = Map.copyOf(byField);
    }

    public static AuditorChoices none() {
        return NONE;
    }

    /** These choices and, for {@code field}, the standby's {@code value}. */
    public AuditorChoices standbyWins(String field, String value) {
        return with(field, new Choice(Winner.STANDBY, value));
    }

    /** These choices and, for {@code field}, the cloud's value. */
    public AuditorChoices cloudWins(String field) {
        return with(field, new Choice(Winner.CLOUD, null));
    }

    private AuditorChoices with(String field, Choice choice) {
        Map<String, Choice> more = new HashMap<>(byField);
        more.put(field, choice);
        return new AuditorChoices(more);
    }

    /** Who wins the field; empty while the auditor has not chosen. */
    public Optional<Winner> winner(String field) {
        return Optional.ofNullable(byField.get(field)).map(Choice::winner);
    }

    public boolean cloudWinsField(String field) {
        return winner(field).filter(w -> w == Winner.CLOUD).isPresent();
    }

    /** The value to send when the standby wins the field (as the auditor saw it); empty otherwise. */
    public Optional<String> standbyValue(String field) {
        Choice c = byField.get(field);
        return c == null || c.winner() == Winner.CLOUD ? Optional.empty() : Optional.ofNullable(c.value());
    }
}
