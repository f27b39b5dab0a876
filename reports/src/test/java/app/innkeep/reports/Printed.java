package app.innkeep.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** A PDF as the tests see it: its text, its fonts, its pages, and a PNG of page 1 for a human to look at. */
record Printed(int pages, String text, List<String> fonts, List<Boolean> embedded, Map<String, Boolean> drawnWith) {

    static final Path PREVIEWS = Path.of("target", "report-previews");

    /** Reads the PDF back and leaves a preview of page 1 in {@code target/report-previews/<name>.png}. */
    static Printed read(byte[] pdf, String name) {
        return read(pdf, Optional.of(name));
    }

    /** Reads the PDF back without a preview. */
    static Printed read(byte[] pdf) {
        return read(pdf, Optional.empty());
    }

    private static Printed read(byte[] pdf, Optional<String> previewName) {
        assertThat(pdf).startsWith("%PDF".getBytes());
        try (PDDocument document = Loader.loadPDF(pdf)) {
            if (previewName.isPresent()) {
                Files.createDirectories(PREVIEWS);
                BufferedImage page1 = new PDFRenderer(document).renderImageWithDPI(0, 110);
                ImageIO.write(
                        page1,
                        "png",
                        PREVIEWS.resolve(previewName.get() + ".png").toFile());
            }
            List<String> fonts = new ArrayList<>();
            List<Boolean> embedded = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                for (COSName fontName : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(fontName);
                    fonts.add(font.getName());
                    embedded.add(font.isEmbedded());
                }
            }
            // The fonts the glyphs are drawn with, as opposed to every font the pages list.
            Map<String, Boolean> drawnWith = new TreeMap<>();
            String text = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition glyph) {
                    drawnWith.put(glyph.getFont().getName(), glyph.getFont().isEmbedded());
                    super.processTextPosition(glyph);
                }
            }.getText(document);
            return new Printed(document.getNumberOfPages(), text, fonts, embedded, drawnWith);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text with every run of white space made one space, so wrapped lines still match. */
    String flat() {
        return text.replaceAll("\\s+", " ");
    }
}
