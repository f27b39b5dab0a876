package app.innkeep.reports;

import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A letter to a guest (a confirmation, a cancellation, a receipt...) from the property's letter template, which is
 * kept in the cloud: {@code template} is plain text with placeholders
 * such as {@code {guestName}}, {@code {arrival}}, {@code {confirmation}}, replaced by {@code values}; a placeholder
 * without a value prints as it is written, so a typo in a template shows on paper instead of vanishing.
 */
public record Letter(ReportHeader header, String template, Map<String, String> values) {

    /** A placeholder: a name in braces, without braces or white space inside. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}\\s]+)}");

    public Letter {
        Objects.requireNonNull(header, "header");
        // Kept as given minus null keys and values (which Map.copyOf would refuse): a null value means "no value".
        Map<String, String> copy = new java.util.HashMap<>();
        if (values != null) {
            values.forEach((name, value) -> {
                if (name != null && value != null) {
                    copy.put(name, value);
                }
            });
        }
        values = java.util.Collections.unmodifiableMap(copy);
    }

    /**
     * The template with every {@code {name}} that has a value replaced by it, in one pass: values are plain text and
     * are never searched for placeholders themselves ({@code $}, {@code \} and braces in them print as they are). A
     * placeholder without a value stays as written. Line breaks are kept (CRLF and CR become LF).
     */
    public String text() {
        if (template == null) {
            return "";
        }
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
        }
        m.appendTail(out);
        return out.toString().replace("\r\n", "\n").replace('\r', '\n');
    }
}
