package app.innkeep.model.event;

/**
 * What reading one feed entry gave. A reader never gets an exception for an entry it cannot use: it gets a result
 * that says why, holds that entry with its reason, and goes on with the next.
 */
public sealed interface DecodeResult {

    /** The entry was read. */
    record Decoded(EventEnvelope envelope) implements DecodeResult {}

    /** A type this reader does not know (a newer cloud); kept with the raw JSON so it can be applied after an upgrade. */
    record UnknownType(long sequence, String type, String json) implements DecodeResult {}

    /** A known type in a schema version newer than this reader understands. */
    record NewerSchema(long sequence, String type, int schemaVersion, String json) implements DecodeResult {}

    /** Not a readable event at all; {@code sequence} is -1 when even that could not be read. */
    record Malformed(long sequence, String reason, String json) implements DecodeResult {}
}
