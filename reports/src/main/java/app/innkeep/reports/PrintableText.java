package app.innkeep.reports;

import java.awt.Font;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.fonts.FontFace;
import net.sf.jasperreports.engine.fonts.FontSetFamilyInfo;
import net.sf.jasperreports.engine.fonts.FontSetInfo;
import net.sf.jasperreports.engine.fonts.FontUtil;

/**
 * Guest names come in any script, and a character that none of the report fonts has would vanish from the PDF
 * without a trace. Text passes through here on its way into a report: such a character is replaced by
 * {@link #PLACEHOLDER}, which DejaVu Sans draws, and its code point is kept so the report can log it. One instance per
 * printed report.
 */
final class PrintableText {

    /** The font set every template prints with ({@code fonts/fonts.xml}). */
    static final String FONT_SET = "Innkeep Sans";

    /** U+FFFD REPLACEMENT CHARACTER, Unicode's sign for a character that cannot be shown: a visible "�". */
    static final String PLACEHOLDER = "\uFFFD";

    private static volatile List<Font> fonts;

    private final Set<Integer> replaced = new TreeSet<>();

    /**
     * Fails unless the font set and all its families are registered, as when a repackaged jar lost a font extension:
     * better no report than one that silently prints in the wrong font.
     */
    PrintableText() {
        fonts();
    }

    /** The text with every character no report font draws replaced by {@link #PLACEHOLDER}; null stays null. */
    String printable(String text) {
        if (text == null || allDrawable(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (drawable(cp)) {
                out.appendCodePoint(cp);
            } else {
                replaced.add(cp);
                out.append(PLACEHOLDER);
            }
        });
        return out.toString();
    }

    /** A copy of the parameters with every string made printable. */
    Map<String, Object> printable(Map<String, Object> parameters) {
        Map<String, Object> copy = new HashMap<>(parameters);
        copy.replaceAll((name, value) -> value instanceof String s ? printable(s) : value);
        return copy;
    }

    /** The code points replaced so far, e.g. {@code U+1200 U+1F600}; empty if none. */
    String replacedCodePoints() {
        return String.join(
                " ", replaced.stream().map(cp -> String.format("U+%04X", cp)).toList());
    }

    boolean replacedAny() {
        return !replaced.isEmpty();
    }

    private static boolean allDrawable(String text) {
        return text.codePoints().allMatch(PrintableText::drawable);
    }

    /**
     * Line breaks, spaces and invisible format characters (bidi marks, zero-width joiners) are never replaced: they
     * have no glyph to miss.
     */
    private static boolean drawable(int codePoint) {
        if (codePoint < 0x7F
                || Character.isWhitespace(codePoint)
                || Character.isISOControl(codePoint)
                || Character.getType(codePoint) == Character.FORMAT) {
            return true;
        }
        for (Font font : fonts()) {
            if (font.canDisplay(codePoint)) {
                return true;
            }
        }
        return false;
    }

    /** The regular face of each family in the font set, as JasperReports loaded them from the font extensions. */
    private static List<Font> fonts() {
        List<Font> loaded = fonts;
        if (loaded == null) {
            FontSetInfo set = FontUtil.getInstance(DefaultJasperReportsContext.getInstance())
                    .getFontSetInfo(FONT_SET, null, false);
            if (set == null) {
                throw new ReportException("The font set " + FONT_SET + " is missing from the classpath", null);
            }
            List<Font> faces = new ArrayList<>();
            for (FontSetFamilyInfo family : set.getFamilies()) {
                FontFace normal = family.getFontFamily().getNormalFace();
                if (normal != null && normal.getFont() != null) {
                    faces.add(normal.getFont());
                }
            }
            loaded = List.copyOf(faces);
            fonts = loaded;
        }
        return loaded;
    }
}
