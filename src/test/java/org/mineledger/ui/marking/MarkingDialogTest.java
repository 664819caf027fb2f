package org.mineledger.ui.marking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mineledger.io.gpx.GpxDocument;
import org.mineledger.plan.marking.Sign;
import org.mineledger.ui.AppWindowTest;
import org.mineledger.ui.map.MapView;
import org.testfx.util.WaitForAsyncUtils;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Drives the real window: plan the marking of a sample area, change the spacing, save, export GPX. */
class MarkingDialogTest extends AppWindowTest {
    @TempDir
    Path out;

    @Test
    void spacingChangesTheSignsThenSaveShowsThemOnTheMapAndGpxExportsThem() throws Exception {
        robot.clickOn("HA-0001");
        robot.clickOn("Plan").clickOn("Marking plan for the selected area…");
        WaitForAsyncUtils.waitForFxEvents();
        MapView map = robot.lookup("#mapView").queryAs(MapView.class);
        Label source = robot.lookup("#markSpacingSource").queryAs(Label.class);
        assertThat(source.getText()).contains("MineLedger default, not a standard")
                .contains("Amended Protocol II").contains("national SOP");
        int atDefault = signCount();
        assertThat(map.signsProperty().get()).as("the preview is on the map").hasSize(atDefault);

        TextField spacing = robot.lookup("#markSpacing").queryAs(TextField.class);
        robot.clickOn(spacing).eraseText(spacing.getText().length() + 2).write("10");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(spacing.getText()).isEqualTo("10");
        int atTen = signCount();
        // a perimeter of about 1,150 m (HA-0001) needs at least 115 signs 10 m apart, and more than 25 m apart
        assertThat(atTen).isGreaterThan(atDefault).isGreaterThanOrEqualTo(115);
        assertThat(map.signsProperty().get()).hasSize(atTen);
        assertThat(source.getText()).contains("set by the user");

        robot.clickOn("#markSave");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#markMessage").queryAs(Label.class).getText()).contains("Saved marking plan")
                .contains("HA-0001").contains(atTen + " signs");
        List<Sign> previewed = map.signsProperty().get();

        TextField folder = robot.lookup("#markFolder").queryAs(TextField.class);
        robot.interact(() -> folder.setText(out.toString()));
        robot.clickOn("#markExportGpx");
        Path gpx = out.resolve("HA-0001-marking.gpx");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.exists(gpx));
        WaitForAsyncUtils.waitForFxEvents();

        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(getClass().getResource("/org/mineledger/io/gpx/gpx11-subset.xsd")).newValidator()
                .validate(new StreamSource(gpx.toFile()));
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        NodeList wpts = f.newDocumentBuilder().parse(gpx.toFile()).getElementsByTagNameNS(GpxDocument.NS, "wpt");
        assertThat(wpts.getLength()).isEqualTo(atTen);
        Element first = (Element) wpts.item(0);
        assertThat(first.getElementsByTagNameNS(GpxDocument.NS, "name").item(0).getTextContent()).isEqualTo("S-001");
        assertThat(Double.parseDouble(first.getAttribute("lat"))).isCloseTo(previewed.get(0).position().lat(),
                within(1e-6));

        // closing the dialog leaves the stored plan on the map: the saved 10 m signs
        robot.interact(() -> ((Stage) folder.getScene().getWindow()).close());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(map.signsProperty().get()).hasSize(atTen);
    }

    @Test
    void aSpacingThatIsNotANumberIsExplainedAndNothingCanBeSaved() {
        robot.clickOn("HA-0001");
        robot.clickOn("Plan").clickOn("Marking plan for the selected area…");
        WaitForAsyncUtils.waitForFxEvents();
        TextField spacing = robot.lookup("#markSpacing").queryAs(TextField.class);
        robot.interact(() -> spacing.setText("2O"));
        assertThat(robot.lookup("#markError").queryAs(Label.class).getText()).contains("'2O' is not a number");
        assertThat(robot.lookup("#markSave").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#markExportGpx").queryButton().isDisabled()).isTrue();
    }

    private int signCount() {
        String totals = robot.lookup("#markTotals").queryAs(Label.class).getText();
        assertThat(totals).matches("\\d+ signs .*");
        return Integer.parseInt(totals.substring(0, totals.indexOf(' ')));
    }
}
