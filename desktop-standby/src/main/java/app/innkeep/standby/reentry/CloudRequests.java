package app.innkeep.standby.reentry;

import app.innkeep.model.json.Json;
import app.innkeep.standby.input.Invalid;
import app.innkeep.standby.outage.JournalEntry;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * Turns a journal entry into the body of the cloud's re-entry call: the action with the standby's values, the
 * original time and business date, and the auditor's choices applied (a field the cloud wins is not sent; a walk-in
 * moved to another room is sent with that room).
 */
final class CloudRequests {

    /** The fields a booking change can carry to the cloud. */
    private static final List<String> BOOKING_FIELDS = List.of("arrival", "departure", "room", "rate");

    private CloudRequests() {}

    /**
     * @param choices for this entry's booking: field → the standby's value to send, or null when the cloud wins it
     * @param cloudLine the cloud line a (negative) standby line became, for voids and refunds
     */
    static Map<String, Object> body(
            JournalEntry e, Map<String, Optional<String>> choices, LongFunction<Long> cloudLine) {
        Map<?, ?> before = json(e.before());
        Map<?, ?> after = json(e.after());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("action", e.action());
        if (e.bookingRef() != null) {
            body.put("bookingRef", e.bookingRef());
        }
        body.put("originalAt", e.enteredAt().toString());
        body.put("businessDate", e.businessDate().toString());
        body.put("enteredBy", e.username());
        switch (e.action()) {
            case "WALK_IN" -> {
                Map<String, Object> b = new LinkedHashMap<>();
                for (String f : List.of(
                        "firstName",
                        "lastName",
                        "email",
                        "phone",
                        "source",
                        "roomType",
                        "room",
                        "arrival",
                        "departure",
                        "adults",
                        "children",
                        "rate",
                        "notes")) {
                    if (after.get(f) != null) {
                        b.put(f, after.get(f));
                    }
                }
                chosen(choices, "room").ifPresent(room -> b.put("room", room));
                body.put("booking", b);
            }
            case "CHECK_IN" -> {
                Map<String, Object> b = new LinkedHashMap<>();
                if (!choices.containsKey("room") || choices.get("room").isPresent()) {
                    b.put("room", chosen(choices, "room").orElse(String.valueOf(after.get("room"))));
                }
                body.put("booking", b);
            }
            case "MODIFY" -> {
                Map<String, Object> b = new LinkedHashMap<>();
                for (String f : BOOKING_FIELDS) {
                    Object now = after.get(f);
                    if (now != null && !now.equals(before.get(f))) {
                        if (choices.containsKey(f) && choices.get(f).isEmpty()) {
                            continue; // the cloud's value stands
                        }
                        b.put(f, chosen(choices, f).map(Object.class::cast).orElse(now));
                    }
                }
                body.put("booking", b);
            }
            case "CANCEL" -> body.put("booking", Map.of("cancelReason", String.valueOf(after.get("cancelReason"))));
            case "CHECK_OUT" -> body.put("booking", Map.of());
            case "CHARGE" -> body.put("line", line(after, "item", "code", "quantity", "unitPrice", "description"));
            case "PAYMENT" ->
                body.put("line", line(after, "receiptType", "code", "amount", "cardLast4", "description"));
            case "VOID" -> {
                Map<String, Object> l = new LinkedHashMap<>();
                l.put("reversesLineId", cloudLineOf(after, cloudLine));
                l.put("reason", after.get("description"));
                body.put("line", l);
            }
            case "REFUND" -> {
                Map<String, Object> l = new LinkedHashMap<>();
                l.put("reversesLineId", cloudLineOf(after, cloudLine));
                l.put("amount", ((BigDecimal) after.get("amount")).negate());
                l.put("reason", after.get("description"));
                body.put("line", l);
            }
            case "ROOM_STATUS" -> {
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("number", e.room());
                r.put("housekeeping", after.get("housekeeping"));
                r.put("outOfOrder", after.get("outOfOrder"));
                body.put("room", r);
            }
            default -> throw new Invalid(null, "the journal action " + e.action() + " has nothing to re-enter");
        }
        return body;
    }

    private static Map<String, Object> line(Map<?, ?> after, String codeName, String... fields) {
        Map<String, Object> l = new LinkedHashMap<>();
        l.put(codeName, after.get("code"));
        for (int i = 1; i < fields.length; i++) {
            if (after.get(fields[i]) != null) {
                l.put(fields[i], after.get(fields[i]));
            }
        }
        return l;
    }

    private static Object cloudLineOf(Map<?, ?> after, LongFunction<Long> cloudLine) {
        long reverses = ((BigDecimal) after.get("reversesLineId")).longValueExact();
        if (reverses > 0) {
            return reverses;
        }
        Long mapped = cloudLine.apply(reverses);
        if (mapped == null) {
            throw new Invalid(null, "the line it reverses has not been re-entered yet");
        }
        return mapped;
    }

    private static Optional<String> chosen(Map<String, Optional<String>> choices, String field) {
        return choices.getOrDefault(field, Optional.empty());
    }

    static Map<?, ?> json(String text) {
        return text == null || text.isBlank() ? Map.of() : (Map<?, ?>) Json.parse(text);
    }
}
