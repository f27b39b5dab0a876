package app.innkeep.cloud.reentry;

import app.innkeep.cloud.problem.Problem;
import app.innkeep.cloud.reentry.ReentryRequests.EntryBooking;
import app.innkeep.cloud.reentry.ReentryRequests.EntryLine;
import app.innkeep.cloud.reentry.ReentryRequests.EntryRequest;
import app.innkeep.model.reentry.ReentryAction;
import java.util.function.Supplier;

/** The parts of a re-entry body an action needs, and refusals named by the field the standby sent. */
final class EntryFields {

    private EntryFields() {}

    static EntryBooking booking(EntryRequest request) {
        if (request.booking() == null) {
            throw Problem.invalid("booking", "is required for " + request.action());
        }
        return request.booking();
    }

    static EntryLine line(EntryRequest request) {
        if (request.line() == null) {
            throw Problem.invalid("line", "is required for " + request.action());
        }
        return request.line();
    }

    static <T> T required(T value, String field, ReentryAction action) {
        if (value == null || value instanceof String s && s.isBlank()) {
            throw Problem.invalid(field, "is required for " + action);
        }
        return value;
    }

    /**
     * Runs a service call, naming the fields of its refusals as the re-entry body does: {@code item} is
     * {@code line.item}, and a walk-in's guest fields sit directly in {@code booking}.
     */
    static <T> T under(String parent, Supplier<T> call) {
        try {
            return call.get();
        } catch (Problem p) {
            if (p.fieldErrors().isEmpty()) {
                throw p;
            }
            Problem within = p.within(parent);
            String guest = parent + ".guest.";
            throw new Problem(
                    within.status(),
                    within.code(),
                    within.title(),
                    within.detail().replace(guest, parent + "."),
                    within.fieldErrors().stream()
                            .map(e -> new Problem.FieldError(e.field().replace(guest, parent + "."), e.message()))
                            .toList());
        }
    }
}
