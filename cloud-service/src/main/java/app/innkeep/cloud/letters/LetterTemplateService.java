package app.innkeep.cloud.letters;

import app.innkeep.cloud.audit.AuditTrail;
import app.innkeep.cloud.letters.LetterTemplateRequests.LetterTemplateResponse;
import app.innkeep.cloud.letters.LetterTemplateRequests.PutLetterTemplateRequest;
import app.innkeep.cloud.outbox.Outbox;
import app.innkeep.cloud.problem.Problem;
import app.innkeep.cloud.property.PropertyAccess;
import app.innkeep.cloud.property.PropertyRow;
import app.innkeep.cloud.security.Caller;
import app.innkeep.cloud.security.DeskStaff;
import app.innkeep.cloud.security.StaffRole;
import app.innkeep.model.LetterTemplate;
import app.innkeep.model.event.PropertyEvent.LetterTemplateChanged;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.Set;

/**
 * The property's letters, kept here and printed on both sides: each change appends {@code letter-template.changed} in
 * its transaction, so the standby prints the same letter after its next sync (ADR 0018). The property admin writes
 * them, as the property's master data; the desk reads them.
 */
@Singleton
public class LetterTemplateService {

    static final Set<StaffRole> EDITORS = Set.of(StaffRole.PROPERTY_ADMIN);
    /** Who wrote a letter nobody has rewritten yet. */
    static final String SEEDED_BY = "innkeep";

    private final LetterTemplates templates;
    private final PropertyAccess access;
    private final AuditTrail audit;
    private final Outbox outbox;
    private final Clock clock;

    public LetterTemplateService(
            LetterTemplates templates, PropertyAccess access, AuditTrail audit, Outbox outbox, Clock clock) {
        this.templates = templates;
        this.access = access;
        this.audit = audit;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public List<LetterTemplateResponse> list(Caller caller, String propertyCode) {
        PropertyRow property = access.require(caller, propertyCode, DeskStaff.ROLES);
        return templates.list(property.id()).stream()
                .map(LetterTemplateResponse::of)
                .toList();
    }

    @Transactional
    public LetterTemplateResponse get(Caller caller, String propertyCode, String name) {
        PropertyRow property = access.require(caller, propertyCode, DeskStaff.ROLES);
        return LetterTemplateResponse.of(existing(property, name));
    }

    /**
     * Writes the template under its name, a new one or over the one there. Writing what is there already changes
     * nothing: no event, no audit entry.
     */
    @Transactional
    public LetterTemplateResponse put(
            Caller caller, String propertyCode, String name, PutLetterTemplateRequest request) {
        PropertyRow property = access.requireForChange(caller, propertyCode, EDITORS);
        checkName(name);
        String title = request.title().strip();
        String body = request.body().replace("\r\n", "\n").replace('\r', '\n');
        List<String> unknown = LetterTemplate.unknownPlaceholders(body);
        if (!unknown.isEmpty()) {
            throw Problem.invalid(
                    "body",
                    "unknown placeholder "
                            + String.join(
                                    ", ",
                                    unknown.stream().map(p -> "{" + p + "}").toList()) + "; a letter may use "
                            + String.join(", ", LetterTemplate.PLACEHOLDERS));
        }
        var before = templates.find(property.id(), name);
        if (before.isPresent()
                && before.get().title().equals(title)
                && before.get().body().equals(body)) {
            return LetterTemplateResponse.of(before.get());
        }
        LetterTemplateRow after =
                new LetterTemplateRow(property.id(), name, title, body, clock.instant(), caller.username());
        if (before.isPresent()) {
            templates.update(after);
        } else {
            templates.insert(after);
        }
        LetterTemplateResponse response = LetterTemplateResponse.of(after);
        audit.record(
                property.id(),
                caller.username(),
                before.isPresent() ? "letter.updated" : "letter.created",
                "letter-template",
                name,
                before.map(LetterTemplateResponse::of).orElse(null),
                response);
        outbox.append(property, caller.username(), new LetterTemplateChanged(name, title, body, false));
        return response;
    }

    /** Deletes a letter of the property's own; the standard letters can only be rewritten. */
    @Transactional
    public void delete(Caller caller, String propertyCode, String name) {
        PropertyRow property = access.requireForChange(caller, propertyCode, EDITORS);
        LetterTemplateRow before = existing(property, name);
        if (LetterTemplate.isStandard(name)) {
            throw Problem.conflict(
                    "standard-letter",
                    "name",
                    "the " + name + " letter is standard: rewrite it instead of deleting it");
        }
        templates.delete(property.id(), name);
        audit.record(
                property.id(),
                caller.username(),
                "letter.deleted",
                "letter-template",
                name,
                LetterTemplateResponse.of(before),
                null);
        outbox.append(property, caller.username(), new LetterTemplateChanged(name, null, null, true));
    }

    /**
     * Writes the standard letters a property lacks, with their standard text, inside the caller's transaction. Not
     * announced on the feed: a standby prints the same standard text until the admin rewrites a letter.
     */
    public void seedStandardLetters(PropertyRow property) {
        for (String name : LetterTemplate.STANDARD) {
            if (templates.find(property.id(), name).isEmpty()) {
                templates.insert(seeded(property.id(), name));
            }
        }
    }

    LetterTemplateRow seeded(long propertyId, String name) {
        LetterTemplate text = LetterTemplate.standard(name);
        return new LetterTemplateRow(propertyId, name, text.title(), text.body(), clock.instant(), SEEDED_BY);
    }

    private LetterTemplateRow existing(PropertyRow property, String name) {
        checkName(name);
        return templates.find(property.id(), name).orElseThrow(() -> Problem.notFound("letter template", name));
    }

    private static void checkName(String name) {
        if (name == null || !name.matches(LetterTemplate.NAME_PATTERN)) {
            throw Problem.invalid("name", LetterTemplate.NAME_RULE);
        }
    }
}
