package app.innkeep.standby.reporting;

import app.innkeep.standby.input.Invalid;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** The property's letter templates (plain text with {placeholders}), kept on the standby and edited by its admin. */
@Singleton
public class LetterTemplates {

    /** The placeholders a booking letter can use. */
    public static final List<String> PLACEHOLDERS = List.of(
            "firstName",
            "lastName",
            "guestName",
            "confirmation",
            "arrival",
            "departure",
            "nights",
            "room",
            "roomType",
            "rate",
            "currency",
            "adults",
            "children",
            "source",
            "propertyName",
            "today",
            "clerk");

    @io.micronaut.serde.annotation.Serdeable
    public record LetterTemplate(String name, String title, String body) {}

    private final LetterTemplateRows rows;
    private final TransactionOperations<Connection> tx;
    private final Clock clock;

    public LetterTemplates(LetterTemplateRows rows, TransactionOperations<Connection> tx, Clock clock) {
        this.rows = rows;
        this.tx = tx;
        this.clock = clock;
    }

    public Optional<LetterTemplate> find(String name) {
        return tx.executeRead(s -> rows.findById(name).map(LetterTemplates::template));
    }

    public List<LetterTemplate> all() {
        return tx.executeRead(s -> rows.findAllOrderByName().stream()
                .map(LetterTemplates::template)
                .toList());
    }

    public void save(String name, String title, String body, String username) {
        if (name == null || !name.matches("[a-z][a-z0-9-]{1,39}")) {
            throw new Invalid("name", "2 to 40 lower-case letters, digits or dashes, starting with a letter");
        }
        if (title == null || title.isBlank() || title.length() > 120) {
            throw new Invalid("title", "give the letter a title (at most 120 characters)");
        }
        if (body == null || body.isBlank() || body.length() > 8000) {
            throw new Invalid("body", "write the letter (at most 8000 characters)");
        }
        tx.executeWrite(s -> {
            rows.put(new LetterTemplateRow(name, title.strip(), body.replace("\r\n", "\n"), clock.instant(), username));
            return null;
        });
    }

    private static LetterTemplate template(LetterTemplateRow row) {
        return new LetterTemplate(row.name(), row.title(), row.body());
    }
}
