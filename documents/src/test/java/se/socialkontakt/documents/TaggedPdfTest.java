package se.socialkontakt.documents;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

class TaggedPdfTest {

    @Test
    void anXhtmlPageBecomesATaggedPdfWithItsTextAndLanguage() throws IOException {
        byte[] pdf = TaggedPdf.fromXhtml("""
                <html xmlns="http://www.w3.org/1999/xhtml" lang="sv"><head><title>Uppföljning</title>
                <style>body { font-family: 'Liberation Sans', sans-serif; }</style></head>
                <body><h1>Kontakter per kanal</h1><p>Telefon 1 234, särskilt boende</p></body></html>""");

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentCatalog().getStructureTreeRoot()).as("tagged").isNotNull();
            assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("sv");
            assertThat(new PDFTextStripper().getText(document)).contains("Kontakter per kanal", "Telefon 1 234, särskilt boende");
        }
    }
}
