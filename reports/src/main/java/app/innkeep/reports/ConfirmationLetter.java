package app.innkeep.reports;

import java.util.Map;

/**
 * A confirmation letter from the property's own letter template: {@code template} is plain text with placeholders
 * such as {@code {guestName}}, {@code {arrival}}, {@code {confirmation}}, replaced by {@code values}; a placeholder
 * without a value prints as it is written, so a typo in a template shows on paper instead of vanishing.
 */
public record ConfirmationLetter(ReportHeader header, String template, Map<String, String> values) {}
