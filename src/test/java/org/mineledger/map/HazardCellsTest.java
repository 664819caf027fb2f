package org.mineledger.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.mineledger.io.synthetic.SyntheticHazards;
import org.mineledger.model.HazardArea;

/** At national scale the tiny areas reach the surface as one grid of cells coloured by status. */
class HazardCellsTest {
    /** Keeps the grid the painter hands over; draws nothing else. */
    private static final class CellRecorder extends HazardPainterTest.Recorder {
        int calls;
        int cellPx;
        int columns;
        int rows;
        int[] argb;

        @Override
        public void cells(int cellPx, int columns, int rows, int[] argb) {
            calls++;
            this.cellPx = cellPx;
            this.columns = columns;
            this.rows = rows;
            this.argb = argb.clone();
        }
    }

    @Test
    void everyCellHoldsTheStatusColourOfAnAreaWhoseCentreFallsInItAndNoOtherCellIsFilled() {
        List<HazardArea> areas = new ArrayList<>();
        List<HazardArea> drafts = new SyntheticHazards(11).generate(3_000, 1, Instant.parse("2026-11-27T00:00:00Z"));
        for (int i = 0; i < drafts.size(); i++) {
            areas.add(drafts.get(i).withId(i + 1));
        }
        HazardLayer layer = new HazardLayer(areas);
        Viewport view = Viewport.fitting(layer.extentLonLat(), 1280, 800);
        CellRecorder r = new CellRecorder();

        int drawn = new HazardPainter().paint(r, view, layer, 0, HazardPainter.Options.ALL);

        assertThat(drawn).isEqualTo(areas.size());
        assertThat(r.polygonFills).as("no area is big enough for its own shape at this scale").isEmpty();
        assertThat(r.calls).isEqualTo(1);
        assertThat(r.cellPx).isEqualTo(3);
        assertThat(r.columns).isEqualTo((int) Math.ceil(1280 / 3.0));
        assertThat(r.rows).isEqualTo((int) Math.ceil(800 / 3.0));
        // Independently of the layer: each area's centre on screen, its cell and the colour of its status.
        Map<Integer, Set<Integer>> expected = new HashMap<>();
        for (HazardArea a : areas) {
            Envelope e = a.polygon().getEnvelopeInternal();
            double x = (Viewport.mercX(e.getMinX()) + Viewport.mercX(e.getMaxX())) / 2;
            double y = (Viewport.mercY(e.getMinY()) + Viewport.mercY(e.getMaxY())) / 2;
            int column = (int) Math.floor((view.width() / 2 + (x - view.centerX()) / view.resolution()) / 3);
            int row = (int) Math.floor((view.height() / 2 - (y - view.centerY()) / view.resolution()) / 3);
            expected.computeIfAbsent(row * r.columns + column, k -> new HashSet<>())
                    .add(MapStyle.outline(a.status()).color().argb());
        }
        Set<Integer> filled = new HashSet<>();
        for (int i = 0; i < r.argb.length; i++) {
            if (r.argb[i] != 0) {
                filled.add(i);
                assertThat(expected.get(i)).as("cell %d", i).isNotNull().contains(r.argb[i]);
            }
        }
        assertThat(filled).isEqualTo(expected.keySet());
        assertThat(filled.size()).as("areas share cells").isLessThan(areas.size());
    }

    @Test
    void colourPackingKeepsEveryChannel() {
        RgbaColor c = new RgbaColor(0xC0, 0x12, 0x3F, 1);
        assertThat(c.argb()).isEqualTo(0xFFC0123F);
        assertThat(RgbaColor.ofArgb(c.argb())).isEqualTo(c);
        assertThat(RgbaColor.ofArgb(MapStyle.RELEASED_FILL.argb()).toHex()).isEqualTo("#3CB44B");
        assertThat(MapStyle.RELEASED_FILL.argb() >>> 24).isEqualTo(89); // 0.35 × 255 = 89.25
    }
}
