package se.socialkontakt.documents;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/** A CSV table with a header row, quoted as Excel and the committee's spreadsheets expect (RFC 4180). */
public final class CsvTable {
    /** The byte order mark by which Excel recognises UTF-8 (without it, å, ä and ö come out garbled). */
    public static final String BOM = "\uFEFF";

    private CsvTable() {
    }

    /** The header, then one line per row, comma-separated (RFC 4180); a null value is an empty field. */
    public static String write(List<String> header, Iterable<? extends Iterable<?>> rows) {
        return write(CSVFormat.DEFAULT, header, rows);
    }

    /**
     * The same for Excel with Swedish settings, which opens a file by double-click only when its fields are separated
     * by semicolons (the comma is the decimal sign there) and it starts with a byte order mark. Numbers are the
     * caller's to write with a decimal comma ({@link #swedishNumber}).
     */
    public static String writeForSwedishExcel(List<String> header, Iterable<? extends Iterable<?>> rows) {
        return BOM + write(CSVFormat.EXCEL.builder().setDelimiter(';').get(), header, rows);
    }

    /** A number as Swedish Excel reads it: a decimal comma, no thousands separator, no trailing ",0". */
    public static String swedishNumber(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.valueOf((long) value);
        }
        return String.valueOf(value).replace('.', ',');
    }

    private static String write(CSVFormat format, List<String> header, Iterable<? extends Iterable<?>> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = format.builder().setHeader(header.toArray(String[]::new)).get().print(out)) {
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
