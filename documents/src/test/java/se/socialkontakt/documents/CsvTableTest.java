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
}
