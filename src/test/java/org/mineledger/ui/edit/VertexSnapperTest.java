package org.mineledger.ui.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.mineledger.geo.GeoPoint;
import org.mineledger.map.Viewport;

/** Snapping to corners of other areas within a few pixels of the pointer. */
class VertexSnapperTest {
    private static final Polygon OTHER = new GeometryFactory().createPolygon(new Coordinate[] {
        new Coordinate(27, 58), new Coordinate(27.001, 58), new Coordinate(27.001, 58.001), new Coordinate(27, 58)});
    private final Viewport view = Viewport.fitting(new Envelope(26.999, 27.002, 57.999, 58.002), 800, 600);
    private final VertexSnapper snapper = new VertexSnapper(List.of(OTHER));

    @Test
    void snapsToACornerWithinEightPixels() {
        double x = view.screenX(27.001) + 5;
        double y = view.screenY(58.001) - 4;
        assertThat(snapper.snap(x, y, view, VertexSnapper.DEFAULT_PIXELS)).contains(new GeoPoint(58.001, 27.001));
        assertThat(snapper.positionAt(x, y, view)).isEqualTo(new GeoPoint(58.001, 27.001));
    }

    @Test
    void leavesThePointerWhereItIsWhenNoCornerIsNear() {
        double x = view.screenX(27.0005) + 0.25;
        double y = view.screenY(58.0005);
        assertThat(snapper.snap(x, y, view, VertexSnapper.DEFAULT_PIXELS)).isEmpty();
        GeoPoint p = snapper.positionAt(x, y, view);
        assertThat(p.lon()).isEqualTo(view.lonAt(x));
        assertThat(p.lat()).isEqualTo(view.latAt(y));
    }

    @Test
    void aCornerNinePixelsAwayIsTooFar() {
        double x = view.screenX(27.0) - 9;
        double y = view.screenY(58.0);
        assertThat(snapper.snap(x, y, view, VertexSnapper.DEFAULT_PIXELS)).isEmpty();
    }
}
