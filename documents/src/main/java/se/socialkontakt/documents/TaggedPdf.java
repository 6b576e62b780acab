package se.socialkontakt.documents;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A PDF made from XHTML, tagged for screen readers (PDF/UA): what the services give the case system's archive and
 * the committee. The XHTML must name its language and title, as PDF/UA asks, and set its text in
 * {@value #FONT_FAMILY}.
 *
 * <p>PDF/UA forbids the unembedded standard fonts, and openhtmltopdf leaves out text it has no embeddable font for,
 * so a font is embedded: Liberation Sans, which PDFBox ships (no font file of our own to keep, and no dependency on
 * what the server has installed). It has the Swedish letters; bold text is set in its regular weight.
 */
public final class TaggedPdf {
    public static final String FONT_FAMILY = "Liberation Sans";
    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private TaggedPdf() {
    }

    public static byte[] fromXhtml(String xhtml) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder().useFastMode().usePdfUaAccessibility(true);
            for (int weight : new int[] { 400, 700 }) {
                builder.useFont(() -> TaggedPdf.class.getResourceAsStream(FONT), FONT_FAMILY, weight,
                        BaseRendererBuilder.FontStyle.NORMAL, true);
            }
            builder.withHtmlContent(xhtml, null).toStream(pdf).run();
        } catch (IOException e) {
            throw new UncheckedIOException("The document could not be rendered as PDF", e);
        }
        return pdf.toByteArray();
    }
}
