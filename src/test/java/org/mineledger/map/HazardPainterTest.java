package org.mineledger.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mineledger.io.synthetic.SyntheticHazards;
import org.mineledger.model.HazardArea;

class HazardPainterTest {
    /** Records what a painter draws. */
    static class Recorder implements Surface {
        final List<Integer> polygonRings = new ArrayList<>();
        final List<RgbaColor> polygonFills = new ArrayList<>();

        @Override
        public void polygon(double[][] xs, double[][] ys, int[] counts, RgbaColor fill, Stroke stroke) {
            polygonRings.add(xs.length);
            polygonFills.add(fill);
        }

        @Override
        public void polyline(double[] xs, double[] ys, int count, Stroke stroke) {
        }

        @Override
        public void dot(double x, double y, double r, RgbaColor fill, Stroke stroke) {
        }

        @Override
        public void text(String text, double x, double y, double size, RgbaColor color, boolean bold, boolean halo) {
        }
    }

    private static final List<HazardArea> AREAS = withIds(new SyntheticHazards(5).generate(2_000, 1,
            Instant.parse("2026-11-27T00:00:00Z")));

    private static List<HazardArea> withIds(List<HazardArea> drafts) {
        List<HazardArea> out = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            out.add(drafts.get(i).withId(i + 1));
        }
        return out;
    }

    @Test
    void atNationalScaleTinyAreasBecomeOnePathPerColourAndEveryAreaIsCounted() {
        HazardLayer layer = new HazardLayer(AREAS);
        Viewport whole = Viewport.fitting(layer.extentLonLat(), 1280, 800);
        Recorder r = new Recorder();
        int drawn = new HazardPainter().paint(r, whole, layer, 0, HazardPainter.Options.ALL);
        assertThat(drawn).isEqualTo(AREAS.size());
        // At most one path per status colour (open, worked on, closed), each made of non-overlapping cells.
        assertThat(r.polygonRings).hasSizeLessThanOrEqualTo(3);
        assertThat(r.polygonRings.stream().mapToInt(Integer::intValue).sum()).isBetween(1, AREAS.size());
    }

    @Test
    void areasOnlyAFewPixelsAcrossAreDrawnSolidInTheirStatusColourWithoutAnOutline() {
        HazardLayer layer = new HazardLayer(AREAS);
        HazardArea target = AREAS.get(17);
        var env = target.polygon().getEnvelopeInternal();
        double sideMetres = Math.max(Viewport.mercX(env.getMaxX()) - Viewport.mercX(env.getMinX()),
                Viewport.mercY(env.getMaxY()) - Viewport.mercY(env.getMinY()));
        // 5 pixels across: between the cells of tiny areas (3 px) and full drawing (8 px)
        Viewport view = new Viewport(Viewport.mercX(env.centre().x), Viewport.mercY(env.centre().y),
                sideMetres / 5, 40, 40);
        List<RgbaColor> fills = new ArrayList<>();
        List<Surface.Stroke> strokes = new ArrayList<>();
        new HazardPainter().paint(new Recorder() {
            @Override
            public void polygon(double[][] xs, double[][] ys, int[] counts, RgbaColor fill, Stroke stroke) {
                if (xs.length == 1 && counts[0] > 4) {
                    fills.add(fill);
                    strokes.add(stroke);
                }
            }
        }, view, layer, 0, HazardPainter.Options.ALL);
        assertThat(fills).contains(MapStyle.outline(target.status()).color());
        assertThat(strokes).containsOnlyNulls();
    }

    @Test
    void closeUpEveryVisibleAreaIsDrawnWithItsOwnOutlineAndTheSelectionOnTop() {
        HazardLayer layer = new HazardLayer(AREAS);
        HazardArea target = AREAS.get(17);
        var env = target.polygon().getEnvelopeInternal();
        Viewport close = Viewport.fitting(env, 800, 600);
        Recorder r = new Recorder();
        int drawn = new HazardPainter().paint(r, close, layer, target.id(), HazardPainter.Options.ALL);
        assertThat(drawn).isGreaterThanOrEqualTo(1);
        // The target drawn with its fill, then once more as the selection outline (no fill).
        assertThat(r.polygonFills).contains(MapStyle.fill(target.kind(), target.status()));
        assertThat(r.polygonFills.get(r.polygonFills.size() - 1)).isNull();
        assertThat(r.polygonRings).hasSize(drawn + 1);
    }

    @Test
    void areasSelectedBesidesTheFocusedOneAreOutlinedDashedWhenInView() {
        HazardLayer layer = new HazardLayer(AREAS);
        HazardArea target = AREAS.get(17);
        var centre = target.polygon().getEnvelopeInternal().centre();
        HazardArea farAway = AREAS.stream().max(java.util.Comparator.comparingDouble(a -> a.polygon()
                .getEnvelopeInternal().centre().distance(centre))).orElseThrow();
        Viewport close = Viewport.fitting(target.polygon().getEnvelopeInternal(), 800, 600);
        List<Surface.Stroke> strokes = new ArrayList<>();

        new HazardPainter().outlineSelected(new Recorder() {
            @Override
            public void polygon(double[][] xs, double[][] ys, int[] counts, RgbaColor fill, Stroke stroke) {
                assertThat(fill).isNull();
                strokes.add(stroke);
            }
        }, close, layer, List.of(target.id(), farAway.id()));

        assertThat(strokes).as("only the area in view is drawn").hasSize(1);
        assertThat(strokes.get(0).color()).isEqualTo(MapStyle.SELECTED);
        assertThat(strokes.get(0).dash()).isNotEmpty();
    }
}
