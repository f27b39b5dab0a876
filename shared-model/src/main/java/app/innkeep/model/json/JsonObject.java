package app.innkeep.model.json;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Typed access to a parsed JSON object for tolerant readers: unknown fields are simply never asked for; a missing
 * required field or a value of the wrong type is a {@link JsonException} naming the field.
 */
public final class JsonObject {

    private final Map<String, Object> fields;

    public JsonObject(Map<String, Object> fields) {
        this.fields = fields;
    }

    @SuppressWarnings("unchecked")
    public static JsonObject parse(String text) {
        Object value = Json.parse(text);
        if (!(value instanceof Map<?, ?> map)) {
            throw new JsonException("expected a JSON object", 0);
        }
        return new JsonObject((Map<String, Object>) map);
    }

    public boolean has(String name) {
        return fields.get(name) != null;
    }

    public String string(String name) {
        Object v = fields.get(name);
        if (v == null) {
            return null;
        }
        if (v instanceof String s) {
            return s;
        }
        throw wrong(name, "text");
    }

    public String requiredString(String name) {
        return required(name, string(name));
    }

    public BigDecimal decimal(String name) {
        Object v = fields.get(name);
        if (v == null) {
            return null;
        }
        if (v instanceof BigDecimal d) {
            return d;
        }
        throw wrong(name, "a number");
    }

    public BigDecimal requiredDecimal(String name) {
        return required(name, decimal(name));
    }

    public Long longValue(String name) {
        BigDecimal d = decimal(name);
        try {
            return d == null ? null : d.longValueExact();
        } catch (ArithmeticException e) {
            throw wrong(name, "a whole number");
        }
    }

    public long requiredLong(String name) {
        return required(name, longValue(name));
    }

    public Integer integer(String name) {
        Long l = longValue(name);
        if (l != null && (l > Integer.MAX_VALUE || l < Integer.MIN_VALUE)) {
            throw wrong(name, "a whole number within range");
        }
        return l == null ? null : l.intValue();
    }

    public int requiredInt(String name) {
        return required(name, integer(name));
    }

    public boolean bool(String name, boolean otherwise) {
        Object v = fields.get(name);
        if (v == null) {
            return otherwise;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        throw wrong(name, "true or false");
    }

    public Boolean bool(String name) {
        Object v = fields.get(name);
        if (v == null || v instanceof Boolean) {
            return (Boolean) v;
        }
        throw wrong(name, "true or false");
    }

    public LocalDate date(String name) {
        String s = string(name);
        try {
            return s == null ? null : LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw wrong(name, "a date (yyyy-mm-dd)");
        }
    }

    public LocalDate requiredDate(String name) {
        return required(name, date(name));
    }

    public Instant instant(String name) {
        String s = string(name);
        try {
            return s == null ? null : Instant.parse(s);
        } catch (DateTimeParseException e) {
            throw wrong(name, "an ISO-8601 instant");
        }
    }

    public Instant requiredInstant(String name) {
        return required(name, instant(name));
    }

    public UUID requiredUuid(String name) {
        String s = requiredString(name);
        try {
            return UUID.fromString(s);
        } catch (IllegalArgumentException e) {
            throw wrong(name, "a UUID");
        }
    }

    @SuppressWarnings("unchecked")
    public JsonObject object(String name) {
        Object v = fields.get(name);
        if (v == null) {
            return null;
        }
        if (v instanceof Map<?, ?> map) {
            return new JsonObject((Map<String, Object>) map);
        }
        throw wrong(name, "an object");
    }

    public JsonObject requiredObject(String name) {
        return required(name, object(name));
    }

    /** An array of objects; an absent field is an empty list. */
    public List<JsonObject> objects(String name) {
        List<JsonObject> out = new ArrayList<>();
        for (Object item : array(name)) {
            if (!(item instanceof Map<?, ?>)) {
                throw wrong(name, "an array of objects");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> map = (Map<String, Object>) item;
            out.add(new JsonObject(map));
        }
        return out;
    }

    /** An array of texts; an absent field is an empty list. */
    public List<String> strings(String name) {
        List<String> out = new ArrayList<>();
        for (Object item : array(name)) {
            if (!(item instanceof String s)) {
                throw wrong(name, "an array of texts");
            }
            out.add(s);
        }
        return out;
    }

    private List<?> array(String name) {
        Object v = fields.get(name);
        if (v == null) {
            return List.of();
        }
        if (v instanceof List<?> list) {
            return list;
        }
        throw wrong(name, "an array");
    }

    /** A builder for writing: keeps insertion order and leaves out nulls. */
    public static Map<String, Object> fields(Object... namesAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            Object value = namesAndValues[i + 1];
            if (value != null) {
                map.put(
                        (String) namesAndValues[i],
                        value instanceof LocalDate || value instanceof Instant || value instanceof UUID
                                ? value.toString()
                                : value);
            }
        }
        return map;
    }

    private static <T> T required(String name, T value) {
        if (value == null) {
            throw new JsonException("field '" + name + "' is missing", 0);
        }
        return value;
    }

    private static JsonException wrong(String name, String expected) {
        return new JsonException("field '" + name + "' must be " + expected, 0);
    }
}
