package app.innkeep.model.journal;

/**
 * What reading one journal entry's change gave. A reader gets a result that says why an entry cannot be used, never
 * an exception, so one odd entry does not hide the others.
 */
public sealed interface JournalDecodeResult {

    /** The change was read. */
    record Decoded(JournalChange change) implements JournalDecodeResult {}

    /** An action this reader does not know (written by a newer standby). */
    record UnknownAction(String action) implements JournalDecodeResult {}

    /** A state written in a schema version newer than this reader understands. */
    record NewerSchema(String action, int schemaVersion) implements JournalDecodeResult {}

    /** Not a readable state of its action. */
    record Malformed(String action, String reason) implements JournalDecodeResult {}
}
