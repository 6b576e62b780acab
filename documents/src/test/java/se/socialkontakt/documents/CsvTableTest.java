package se.socialkontakt.documents;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CsvTableTest {

    @Test
    void aHeaderThenOneQuotedLinePerRow() {
        String csv = CsvTable.write(List.of("unit", "kind", "count"), List.of(
                List.of("ÄLDREOMSORG", "COMPLAINT", 12),
                Arrays.asList("a \"quoted\", comma", null, 0)));

        assertThat(csv).isEqualTo("""
                unit,kind,count\r
                ÄLDREOMSORG,COMPLAINT,12\r
                "a ""quoted"", comma",,0\r
                """);
    }

    @Test
    void noRowsIsTheHeaderAlone() {
        assertThat(CsvTable.write(List.of("figure", "value"), List.of())).isEqualTo("figure,value\r\n");
    }

    @Test
    void swedishExcelReadsSemicolonsADecimalCommaAndTheByteOrderMark() throws Exception {
        String csv = CsvTable.writeForSwedishExcel(List.of("Nyckeltal", "Värde"), List.of(
                List.of("Digital andel (%)", CsvTable.swedishNumber(62.5)),
                List.of("Kontakter; totalt", CsvTable.swedishNumber(1234))));

        assertThat(csv).startsWith(CsvTable.BOM);
        // Parsed back as Excel with Swedish settings does: semicolon-separated, the BOM skipped.
        List<org.apache.commons.csv.CSVRecord> records = org.apache.commons.csv.CSVFormat.EXCEL.builder()
                .setDelimiter(';').setHeader().setSkipHeaderRecord(true).get()
                .parse(new java.io.StringReader(csv.substring(1))).getRecords();
        assertThat(records).hasSize(2);
        assertThat(records.get(0).get("Nyckeltal")).isEqualTo("Digital andel (%)");
        assertThat(records.get(0).get("Värde")).isEqualTo("62,5");
        assertThat(records.get(1).get("Nyckeltal")).isEqualTo("Kontakter; totalt");
        assertThat(records.get(1).get("Värde")).isEqualTo("1234");
        assertThat(java.text.NumberFormat.getInstance(java.util.Locale.forLanguageTag("sv-SE"))
                .parse(records.get(0).get("Värde")).doubleValue()).isEqualTo(62.5);
    }
}
