package org.mineledger.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mineledger.geo.CoordinateFormatter;
import org.mineledger.geo.CoordinateSystem;
import org.mineledger.geo.Precision;
import org.mineledger.plan.marking.MarkingFixtures;
import org.mineledger.plan.marking.MarkingPlan;

class SignTableCsvWriterTest {

    @Test
    void writesOneRowPerSignInTheChosenSystemWithCrlf() throws Exception {
        MarkingPlan plan = MarkingFixtures.rectanglePlan();
        StringWriter w = new StringWriter();
        new SignTableCsvWriter(new CoordinateFormatter(CoordinateSystem.UTM, Precision.CENTIMETRE), "")
                .write(plan, w);
        String text = w.toString();
        assertThat(text).endsWith("\r\n");
        List<String> lines = List.of(text.split("\r\n"));
        assertThat(lines).hasSize(plan.signs().size() + 1);
        assertThat(lines.get(0)).startsWith("sign,reason,position (utm),latitude,longitude");
        // S-001 stands on 58 N 27 E: echo "58 27" | GeoConvert -u -p 2 gives 35n 500000.00 6428710.16
        assertThat(lines.get(1)).startsWith("S-001,turning point,").contains("500000.00").contains("6428710.16")
                .contains(",58.00000000,27.00000000,");
    }

    @Test
    void quotesFieldsPerRfc4180() {
        assertThat(SignTableCsvWriter.quote("plain")).isEqualTo("plain");
        assertThat(SignTableCsvWriter.quote("58°01′N, 27°E")).isEqualTo("\"58°01′N, 27°E\"");
        assertThat(SignTableCsvWriter.quote("say \"mines\"")).isEqualTo("\"say \"\"mines\"\"\"");
        assertThat(SignTableCsvWriter.quote("two\nlines")).isEqualTo("\"two\nlines\"");
    }
}
