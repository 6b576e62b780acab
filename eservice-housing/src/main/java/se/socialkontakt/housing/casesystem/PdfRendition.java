package se.socialkontakt.housing.casesystem;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import se.socialkontakt.documents.TaggedPdf;
import se.socialkontakt.housing.application.Application;

/** Renders an application as a tagged PDF (openhtmltopdf from a Qute XHTML template) for the case system's archive. */
@ApplicationScoped
public class PdfRendition {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance application(Application application);
    }

    public byte[] render(Application application) {
        return TaggedPdf.fromXhtml(Templates.application(application).render());
    }
}
