package app.innkeep.cloud.letters;

import java.time.Instant;

/** One property's letter template, with who wrote it last and when. */
public record LetterTemplateRow(
        long propertyId, String name, String title, String body, Instant updatedAt, String updatedBy) {}
