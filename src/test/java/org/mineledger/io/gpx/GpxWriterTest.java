package org.mineledger.io.gpx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mineledger.io.DataFileException;
import org.mineledger.plan.marking.MarkingFixtures;
import org.mineledger.plan.marking.MarkingPlan;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class GpxWriterTest {
    @TempDir
    Path dir;

    private static MarkingPlan plan() {
        return MarkingFixtures.rectanglePlan();
    }

    @Test
    void writesOneNamedWaypointPerSignValidAgainstTheGpxSchema() throws Exception {
        MarkingPlan plan = plan();
        Path file = dir.resolve("signs.gpx");
        new GpxWriter(true, "TRAINING — FICTIONAL DATA").write(plan, "HA-0001", file);

        SchemaFactory sf = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        sf.newSchema(getClass().getResource("gpx11-subset.xsd")).newValidator()
                .validate(new StreamSource(file.toFile()));

        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document doc = f.newDocumentBuilder().parse(file.toFile());
        NodeList wpts = doc.getElementsByTagNameNS(GpxWriter.NS, "wpt");
        assertThat(wpts.getLength()).isEqualTo(plan.signs().size() + 4);
        Element first = (Element) wpts.item(0);
        assertThat(first.getElementsByTagNameNS(GpxWriter.NS, "name").item(0).getTextContent()).isEqualTo("S-001");
        assertThat(Double.parseDouble(first.getAttribute("lat"))).isCloseTo(58.0, within(1e-9));
        assertThat(Double.parseDouble(first.getAttribute("lon"))).isCloseTo(27.0, within(1e-9));
        Element last = (Element) wpts.item(wpts.getLength() - 1);
        assertThat(last.getElementsByTagNameNS(GpxWriter.NS, "name").item(0).getTextContent()).isEqualTo("TP-04");
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains("TRAINING — FICTIONAL DATA");
    }

    @Test
    void aFileWithAWrongElementOrderWouldFailTheSchema() {
        String bad = "<gpx xmlns='http://www.topografix.com/GPX/1/1' version='1.1' creator='x'>"
                + "<wpt lat='58' lon='27'><sym>x</sym><name>S-001</name></wpt></gpx>";
        SchemaFactory sf = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        assertThatThrownBy(() -> sf.newSchema(getClass().getResource("gpx11-subset.xsd")).newValidator()
                .validate(new StreamSource(new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8)))))
                .hasMessageContaining("name");
    }

    @Test
    void ogrinfoCountsOneWaypointPerSign() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/ogrinfo")), "ogrinfo (GDAL) is not installed");
        MarkingPlan plan = plan();
        Path file = dir.resolve("signs.gpx");
        new GpxWriter(false, "").write(plan, "HA-0001", file);
        Process p = new ProcessBuilder("ogrinfo", "-so", file.toString(), "waypoints").redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(out).contains("Feature Count: " + plan.signs().size());
    }

    @Test
    void refusesAFolderThatDoesNotExistWithTheFileNamed() {
        Path file = dir.resolve("missing/signs.gpx");
        assertThatThrownBy(() -> new GpxWriter(false, "").write(plan(), "HA-0001", file))
                .isInstanceOf(DataFileException.class).hasMessageContaining("signs.gpx");
    }
}
