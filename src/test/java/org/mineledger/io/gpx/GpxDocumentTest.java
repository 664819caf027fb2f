package org.mineledger.io.gpx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mineledger.geo.GeoPoint;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class GpxDocumentTest {
    @TempDir
    Path dir;

    @Test
    void pointsNearTheEquatorAndPrimeMeridianAreWrittenAsPlainDecimalsThatReadBackExactly() throws Exception {
        // Double.toString(0.0001) is "1.0E-4", which xsd:decimal (GPX lat/lon) rejects
        GeoPoint nearNullIsland = new GeoPoint(0.0001, -0.00005);
        GeoPoint ordinary = new GeoPoint(5.603716831234567, -0.186964);
        Path file = dir.resolve("near-zero.gpx");
        try (OutputStream out = Files.newOutputStream(file)) {
            GpxDocument gpx = GpxDocument.start(out, "TRAINING — FICTIONAL DATA", null);
            gpx.waypoint(nearNullIsland, "HA-0001 TP1", "fictional", "Danger Area", null);
            gpx.waypoint(ordinary, "HA-0001 TP2", "fictional", "Danger Area", "Turning point");
            gpx.finish();
        }
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(getClass().getResource("gpx11-subset.xsd")).newValidator()
                .validate(new StreamSource(file.toFile()));
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains("lat=\"0.0001\" lon=\"-0.00005\"")
                .doesNotContain("E-");

        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        NodeList wpts = f.newDocumentBuilder().parse(file.toFile()).getElementsByTagNameNS(GpxDocument.NS, "wpt");
        List<GeoPoint> back = List.of(point((Element) wpts.item(0)), point((Element) wpts.item(1)));
        assertThat(back).containsExactly(nearNullIsland, ordinary);
    }

    private static GeoPoint point(Element wpt) {
        return new GeoPoint(Double.parseDouble(wpt.getAttribute("lat")), Double.parseDouble(wpt.getAttribute("lon")));
    }
}
