package org.mineledger.ui.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.concurrent.ExecutionException;
import javafx.scene.control.CheckBox;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.algorithm.InteriorPointArea;
import org.locationtech.jts.geom.Coordinate;
import org.mineledger.map.HazardLayer;
import org.mineledger.map.LayerKind;
import org.mineledger.model.HazardArea;
import org.mineledger.model.HazardKind;
import org.mineledger.model.HazardStatus;
import org.mineledger.ui.AppWindowTest;
import org.testfx.util.WaitForAsyncUtils;

/** The layers panel switches what the map draws, in step with the View menu's switches. */
class LayersPanelWindowTest extends AppWindowTest {

    @Test
    void untickingAKindStopsTheMapDrawingThoseAreas() throws Exception {
        MapView map = robot.lookup("#mapView").queryAs(MapView.class);
        HazardArea cha = map.hazardsProperty().get().shapes().stream().map(HazardLayer.Shape::area)
                .filter(a -> a.kind() == HazardKind.CONFIRMED && a.status() == HazardStatus.ACTIVE)
                .max(Comparator.comparingDouble(a -> a.polygon().getArea())).orElseThrow();
        robot.clickOn("#layerLabels");
        assertThat(map.hazardOptionsProperty().get().labels()).as("the View menu's switch follows").isFalse();
        robot.interact(() -> map.centreOn(cha));
        Coordinate inside = InteriorPointArea.getInteriorPoint(cha.polygon());
        double[] px = map.screenPointOf(inside.x, inside.y);
        Color before = pixel(map, px);
        assertThat(before.getRed() - before.getGreen()).as("CHA drawn in red (MapStyle.CHA_FILL): " + before)
                .isGreaterThan(0.2);

        robot.clickOn("#layerKindCONFIRMED");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(map.layers().hazardFilterProperty().get().kinds()).doesNotContain(HazardKind.CONFIRMED);
        assertThat(map.shownHazards().shapes()).isNotEmpty()
                .noneMatch(s -> s.area().kind() == HazardKind.CONFIRMED);
        Color after = pixel(map, px);
        assertThat(after.getRed() - after.getGreen()).as("no red fill once CHAs are hidden: " + after)
                .isLessThan(0.2);

        robot.clickOn("#layerKindCONFIRMED");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(map.shownHazards().size()).isEqualTo(map.hazardsProperty().get().size());
        assertThat(pixel(map, px)).isEqualTo(before);
    }

    @Test
    void baseLayerSwitchesFollowTheMapProperties() {
        MapView map = robot.lookup("#mapView").queryAs(MapView.class);
        robot.clickOn("#layerBaseROAD");
        assertThat(map.layers().baseLayersProperty().get()).doesNotContain(LayerKind.ROAD).contains(LayerKind.TRACK);
        robot.interact(() -> map.baseMapVisibleProperty().set(false));
        assertThat(robot.lookup("#layerBaseMap").queryAs(CheckBox.class).isSelected()).isFalse();
        assertThat(robot.lookup("#layerBaseTRACK").query().isDisabled()).isTrue();
    }

    private static Color pixel(MapView map, double[] px) throws InterruptedException, ExecutionException {
        return WaitForAsyncUtils.asyncFx(() -> {
            WritableImage image = map.snapshot(null, null);
            return image.getPixelReader().getColor((int) Math.round(px[0]), (int) Math.round(px[1]));
        }).get();
    }
}
