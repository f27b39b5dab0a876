package app.innkeep.standby.store;

import app.innkeep.model.event.PropertyEvent.LetterTemplateChanged;
import java.time.Instant;

/**
 * Writes the cloud's letter templates into the replica, from a feed event or a snapshot line (ADR 0018). The
 * standby prints what the cloud sent; it never edits a letter itself.
 */
@Store
public final class ReplicaLetters {

    private ReplicaLetters() {}

    /** The template as the cloud sent it at {@code sequence}, by {@code actor}; a removed one is deleted. */
    public static void write(ReplicaBatch batch, LetterTemplateChanged t, long sequence, Instant at, String actor) {
        if (t.removed()) {
            batch.update("DELETE FROM LETTER_TEMPLATE WHERE NAME = ?", t.name());
            return;
        }
        batch.upsert(
                "LETTER_TEMPLATE",
                Replica.columns("NAME", t.name()),
                Replica.columns(
                        "TITLE",
                        t.title(),
                        "BODY",
                        t.body(),
                        "UPDATED_AT",
                        at,
                        "UPDATED_BY",
                        actor,
                        "SEQUENCE_NO",
                        sequence));
    }

    /**
     * Before a snapshot's letters are written: the letters there go, those this standby had before included, so a
     * letter the cloud deleted meanwhile does not stay.
     */
    public static void clear(ReplicaBatch batch) {
        batch.update("DELETE FROM LETTER_TEMPLATE");
    }
}
