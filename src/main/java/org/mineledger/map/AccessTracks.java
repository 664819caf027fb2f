package org.mineledger.map;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/** The roads, tracks and paths of base maps near an area: where people may walk into it. */
public final class AccessTracks {
    private AccessTracks() {
    }

    /**
     * The roads and tracks near a hazard polygon marked {@code bufferMetres} outside it: those within the buffer
     * (at least 10 m) of its extent, where a marking line could cross them.
     */
    public static List<LineString> around(List<BaseMap> maps, Polygon hazard, double bufferMetres) {
        Envelope e = new Envelope(hazard.getEnvelopeInternal());
        e.expandBy(Math.max(bufferMetres, 10) / 60_000.0); // degrees; generous at any latitude of the region
        return near(maps, e);
    }

    /** Every road and track line of {@code maps} whose extent meets {@code near} (WGS84 degrees). */
    public static List<LineString> near(List<BaseMap> maps, Envelope near) {
        List<LineString> out = new ArrayList<>();
        for (BaseMap m : maps) {
            for (BaseLayer layer : m.layers()) {
                if (layer.kind() != LayerKind.TRACK && layer.kind() != LayerKind.ROAD) {
                    continue;
                }
                for (BaseFeature f : layer.features()) {
                    collect(f.geometry(), near, out);
                }
            }
        }
        return out;
    }

    private static void collect(Geometry g, Envelope near, List<LineString> out) {
        if (!g.getEnvelopeInternal().intersects(near)) {
            return;
        }
        if (g instanceof LineString l) {
            out.add(l);
            return;
        }
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Geometry part = g.getGeometryN(i);
            if (part != g) {
                collect(part, near, out);
            }
        }
    }
}
