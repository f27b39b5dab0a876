package app.innkeep.cloud.letters;

import app.innkeep.model.LetterTemplate;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** Bodies of the letter-template endpoints. */
public final class LetterTemplateRequests {

    private LetterTemplateRequests() {}

    /** A template's title (one line) and its text with {@code {placeholders}}; any other field is refused. */
    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = false)
    public record PutLetterTemplateRequest(
            @NotBlank @Size(max = LetterTemplate.TITLE_MAX) String title,
            @NotBlank @Size(max = LetterTemplate.BODY_MAX) String body) {}

    /** A template as the admin reads it; {@code standard} letters can be rewritten but not deleted. */
    @Serdeable
    public record LetterTemplateResponse(
            String name, String title, String body, boolean standard, Instant updatedAt, String updatedBy) {

        static LetterTemplateResponse of(LetterTemplateRow r) {
            return new LetterTemplateResponse(
                    r.name(), r.title(), r.body(), LetterTemplate.isStandard(r.name()), r.updatedAt(), r.updatedBy());
        }
    }
}
