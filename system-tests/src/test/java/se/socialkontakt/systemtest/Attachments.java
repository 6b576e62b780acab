package se.socialkontakt.systemtest;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Files the page tests upload. */
final class Attachments {
    private Attachments() {
    }

    /** A one-page PDF with a correct cross-reference table, as small as a PDF gets. */
    static byte[] tinyPdf() {
        List<String> objects = List.of("<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII));
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(out.size());
            String object = "%d 0 obj\n%s\nendobj\n".formatted(i + 1, objects.get(i));
            out.writeBytes(object.getBytes(StandardCharsets.US_ASCII));
        }
        int xref = out.size();
        StringBuilder tail = new StringBuilder("xref\n0 %d\n0000000000 65535 f \n".formatted(objects.size() + 1));
        offsets.forEach(offset -> tail.append("%010d 00000 n \n".formatted(offset)));
        tail.append("trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n"
                .formatted(objects.size() + 1, xref));
        out.writeBytes(tail.toString().getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }
}
