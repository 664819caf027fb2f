package org.mineledger.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.mineledger.model.evidence.SurveyEvidence;

class EvidencePainterTest {
    private static final GeometryFactory GF = new GeometryFactory();
    private static final List<SurveyEvidence> EVIDENCE = List.of(
            new SurveyEvidence(1, GF.createPoint(new Coordinate(30.5010, 50.4010)), "Crater 1", null, null,
                    "team3.gpx", "wpt 1", null, ""),
            new SurveyEvidence(2, GF.createLineString(new Coordinate[] {new Coordinate(30.5000, 50.4000),
                new Coordinate(30.5020, 50.4015), new Coordinate(30.5030, 50.4030)}), "Walk", null, null,
                    "team3.gpx", "track segment 2", null, ""));

    /** Records dots, lines and labels. */
    private static final class Recorder implements Surface {
        final List<double[]> dots = new ArrayList<>();
        final List<Integer> lines = new ArrayList<>();
        final List<String> labels = new ArrayList<>();

        @Override
        public void polygon(double[][] xs, double[][] ys, int[] counts, RgbaColor fill, Stroke stroke) {
        }

        @Override
        public void polyline(double[] xs, double[] ys, int count, Stroke stroke) {
            lines.add(count);
        }

        @Override
        public void dot(double x, double y, double r, RgbaColor fill, Stroke stroke) {
            dots.add(new double[] {x, y, r});
        }

        @Override
        public void text(String text, double x, double y, double size, RgbaColor color, boolean bold, boolean halo) {
            labels.add(text);
        }
    }

    @Test
    void waypointsAreSmallDotsAtTheirPositionAndTracksAreLines() {
        Viewport view = Viewport.fitting(EvidencePainter.extent(EVIDENCE), 800, 600);
        Recorder r = new Recorder();

        EvidencePainter.paint(r, view, EVIDENCE);

        assertThat(r.dots).hasSize(1);
        assertThat(r.dots.get(0)[0]).isCloseTo(view.screenX(30.5010), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(r.dots.get(0)[1]).isCloseTo(view.screenY(50.4010), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(r.dots.get(0)[2]).isLessThanOrEqualTo(4);
        assertThat(r.lines).containsExactly(3);
    }

    @Test
    void namesAreWrittenOnlyWhenZoomedIn() {
        Recorder far = new Recorder();
        EvidencePainter.paint(far, Viewport.fitting(new Envelope(29, 32, 49, 52), 800, 600), EVIDENCE);
        Recorder near = new Recorder();
        EvidencePainter.paint(near, Viewport.fitting(EvidencePainter.extent(EVIDENCE), 800, 600), EVIDENCE);

        assertThat(far.labels).isEmpty();
        assertThat(near.labels).containsExactly("Crater 1");
    }

    @Test
    void aClickNearAWaypointOrOnATrackHitsItAndOneFarFromBothHitsNothing() {
        Viewport view = Viewport.fitting(EvidencePainter.extent(EVIDENCE), 800, 600);
        double px = view.screenX(30.5010);
        double py = view.screenY(50.4010);
        assertThat(EvidencePainter.hitAt(view, EVIDENCE, px + 3, py - 2, 6)).map(SurveyEvidence::id).contains(1L);
        // halfway along the first leg of the walk, 4 px off it
        double mx = (view.screenX(30.5000) + view.screenX(30.5020)) / 2;
        double my = (view.screenY(50.4000) + view.screenY(50.4015)) / 2;
        double lx = view.screenX(30.5020) - view.screenX(30.5000);
        double ly = view.screenY(50.4015) - view.screenY(50.4000);
        double len = Math.hypot(lx, ly);
        assertThat(EvidencePainter.hitAt(view, EVIDENCE, mx - ly / len * 4, my + lx / len * 4, 6))
                .map(SurveyEvidence::id).contains(2L);
        assertThat(EvidencePainter.hitAt(view, EVIDENCE, mx - ly / len * 9, my + lx / len * 9, 6)).isEmpty();
    }
}
