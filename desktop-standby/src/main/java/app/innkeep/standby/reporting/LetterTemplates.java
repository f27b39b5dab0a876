package app.innkeep.standby.reporting;

import app.innkeep.model.LetterTemplate;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The property's letter templates as the standby prints them. They are kept in the cloud and arrive with the sync
 * (ADR 0018); the standby does not edit them. A standard letter the cloud has not sent yet prints with the standard
 * text, or with the text this standby had before letters were kept in the cloud.
 */
@Singleton
public class LetterTemplates {

    /** The placeholders a letter can use, the same list the cloud checks a template against. */
    public static final List<String> PLACEHOLDERS = LetterTemplate.PLACEHOLDERS;

    /**
     * A letter and where it came from: {@code sequence} is the feed sequence that brought it from the cloud, null for
     * a letter the cloud has not sent yet; {@code updatedAt} and {@code updatedBy} are the cloud's change, when known.
     */
    @io.micronaut.serde.annotation.Serdeable
    public record Letter(
            String name,
            String title,
            String body,
            @Nullable Long sequence,
            @Nullable Instant updatedAt,
            @Nullable String updatedBy) {

        public boolean fromCloud() {
            return sequence != null;
        }
    }

    private final LetterTemplateRows rows;
    private final TransactionOperations<Connection> tx;

    public LetterTemplates(LetterTemplateRows rows, TransactionOperations<Connection> tx) {
        this.rows = rows;
        this.tx = tx;
    }

    /** The letter to print under this name: the cloud's, else the standard one; empty for an unknown name. */
    public Optional<Letter> find(String name) {
        return tx.executeRead(s -> rows.findById(name).map(LetterTemplates::letter))
                .or(() -> LetterTemplate.isStandard(name) ? Optional.of(standard(name)) : Optional.empty());
    }

    /** Every letter there is to print, by name: the standard ones always among them. */
    public List<Letter> all() {
        List<Letter> all = new ArrayList<>(tx.executeRead(s ->
                rows.findAllOrderByName().stream().map(LetterTemplates::letter).toList()));
        for (String name : LetterTemplate.STANDARD) {
            if (all.stream().noneMatch(l -> l.name().equals(name))) {
                all.add(standard(name));
            }
        }
        all.sort(Comparator.comparing(Letter::name));
        return all;
    }

    private static Letter standard(String name) {
        LetterTemplate text = LetterTemplate.standard(name);
        return new Letter(name, text.title(), text.body(), null, null, null);
    }

    private static Letter letter(LetterTemplateRow row) {
        return row.sequenceNo() == null
                ? new Letter(row.name(), row.title(), row.body(), null, null, null)
                : new Letter(row.name(), row.title(), row.body(), row.sequenceNo(), row.updatedAt(), row.updatedBy());
    }
}
