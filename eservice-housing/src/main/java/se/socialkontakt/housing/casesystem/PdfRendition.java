package se.socialkontakt.housing.casesystem;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import se.socialkontakt.housing.application.Application;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Renders an application as a tagged PDF (openhtmltopdf from a Qute XHTML template) for the case system's archive. */
@ApplicationScoped
public class PdfRendition {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance application(Application application);
    }

    public byte[] render(Application application) {
        String xhtml = Templates.application(application).render();
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try {
            new PdfRendererBuilder().useFastMode().usePdfUaAccessibility(true).withHtmlContent(xhtml, null)
                    .toStream(pdf).run();
        } catch (IOException e) {
            throw new UncheckedIOException("The application could not be rendered as PDF", e);
        }
        return pdf.toByteArray();
    }
}
