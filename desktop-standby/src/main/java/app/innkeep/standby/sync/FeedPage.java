package app.innkeep.standby.sync;

import app.innkeep.model.event.EventCodec;
import app.innkeep.model.json.Json;
import app.innkeep.model.json.JsonException;
import app.innkeep.model.json.JsonObject;
import app.innkeep.model.snapshot.KeptOnStandby;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A checked feed page: contiguous sequences starting right after the cursor, of this property. The page is parsed
 * once; each event is decoded from that, and turned back into text only if it has to be held. {@code kept} is what the
 * property lets this standby keep now (null from a cloud without that choice).
 */
record FeedPage(long next, long head, List<ReplicaApplier.FeedEntry> events, KeptOnStandby kept) {

    @SuppressWarnings("unchecked")
    static FeedPage parse(String text, long cursor, String property) {
        Map<String, Object> fieldsOfPage;
        try {
            if (!(Json.parse(text) instanceof Map<?, ?> map)) {
                throw new JsonException("expected a JSON object", 0);
            }
            fieldsOfPage = (Map<String, Object>) map;
        } catch (JsonException e) {
            throw new MalformedPage(
                    "the feed page is not readable JSON (" + e.getMessage() + "); nothing of it was applied");
        }
        JsonObject page = new JsonObject(fieldsOfPage);
        try {
            long after = page.requiredLong("after");
            long next = page.requiredLong("next");
            long head = page.requiredLong("head");
            if (after != cursor || !property.equals(page.requiredString("property"))) {
                throw new MalformedPage("the feed page does not follow cursor " + cursor + " of " + property);
            }
            Object events = fieldsOfPage.get("events");
            if (!(events instanceof List<?> list) || next != after + list.size()) {
                throw new MalformedPage("the feed page's events do not match its cursor; nothing of it was applied");
            }
            List<ReplicaApplier.FeedEntry> entries = new java.util.ArrayList<>(list.size());
            long expected = cursor + 1;
            for (Object e : list) {
                if (!(e instanceof Map<?, ?> map)
                        || !(map.get("sequence") instanceof java.math.BigDecimal seq)
                        || seq.longValue() != expected++) {
                    throw new MalformedPage(
                            "the feed page is not a gap-free run after " + cursor + "; nothing of it was applied");
                }
                Map<String, Object> fields = (Map<String, Object>) map;
                java.util.function.Supplier<String> raw = () -> Json.write(new LinkedHashMap<>(fields));
                entries.add(new ReplicaApplier.FeedEntry(EventCodec.decode(fields, raw), raw));
            }
            // What the property lets this standby keep; absent from a cloud older than the choice.
            return new FeedPage(next, head, entries, KeptOnStandby.of(page.object("kept")));
        } catch (JsonException e) {
            throw new MalformedPage("the feed page is incomplete (" + e.getMessage() + "); nothing of it was applied");
        }
    }
}
