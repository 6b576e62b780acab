package se.socialkontakt.documents;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/** A CSV table with a header row, quoted as Excel and the committee's spreadsheets expect (RFC 4180). */
public final class CsvTable {
    private CsvTable() {
    }

    /** The header, then one line per row; a null value is an empty field. */
    public static String write(List<String> header, Iterable<? extends Iterable<?>> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get()
                .print(out)) {
            for (Iterable<?> row : rows) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            // A StringWriter does not fail; commons-csv declares it for other writers.
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
