package org.mineledger.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

class ViewportTest {
    private final Viewport view = Viewport.fitting(new Envelope(27.0, 27.3, 57.9, 58.1), 1000, 700);

    @Test
    void screenAndGroundPositionsRoundTrip() {
        double x = view.screenX(27.123456);
        double y = view.screenY(58.012345);
        assertThat(view.lonAt(x)).isCloseTo(27.123456, within(1e-9));
        assertThat(view.latAt(y)).isCloseTo(58.012345, within(1e-9));
    }

    @Test
    void wheelZoomKeepsThePointUnderTheCursorInPlace() {
        double lon = view.lonAt(130);
        double lat = view.latAt(610);
        Viewport zoomed = view.zoomedAt(1.25, 130, 610);
        assertThat(zoomed.resolution()).isCloseTo(view.resolution() / 1.25, within(1e-9));
        assertThat(zoomed.lonAt(130)).isCloseTo(lon, within(1e-9));
        assertThat(zoomed.latAt(610)).isCloseTo(lat, within(1e-9));
    }

    @Test
    void draggingMovesTheMapWithTheMouse() {
        double lon = view.lonAt(400);
        double lat = view.latAt(300);
        Viewport moved = view.panned(50, -20);
        assertThat(moved.lonAt(450)).isCloseTo(lon, within(1e-9));
        assertThat(moved.latAt(280)).isCloseTo(lat, within(1e-9));
    }

    @Test
    void fittingShowsTheWholeEnvelope() {
        Envelope visible = view.visibleLonLat();
        assertThat(visible.contains(new Envelope(27.0, 27.3, 57.9, 58.1))).isTrue();
    }
}
