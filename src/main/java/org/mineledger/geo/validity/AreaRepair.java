package org.mineledger.geo.validity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.locationtech.jts.algorithm.InteriorPointArea;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.mineledger.geo.GeoPoint;
import org.mineledger.geo.GeodesicArea;

/**
 * The make-valid repair of a hazard area with its holes: each ring is cleaned (repeated corners and spikes
 * dropped) and repaired with JTS {@code GeometryFixer}, then the repaired holes are taken out of the repaired
 * outer boundary. Unlike make-valid of the whole polygon, a hole lying outside the boundary is left out rather
 * than turned into more hazard land, and holes that would touch the boundary or each other are given back to
 * the hazard area (the cautious choice). Every change is told in {@link FixPreview#notes()}.
 */
public final class AreaRepair {
    private static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);
    private final List<GeoPoint> shell;
    private final List<List<GeoPoint>> holes;
    private final double spikeDegrees;
    private final List<String> notes = new ArrayList<>();

    /**
     * @param shell        the outer boundary's corners (no repeated first corner)
     * @param holes        each hole's corners (no repeated first corner), in order
     * @param spikeDegrees corners sharper than this are dropped as spikes
     */
    public AreaRepair(List<GeoPoint> shell, List<List<GeoPoint>> holes, double spikeDegrees) {
        this.shell = List.copyOf(shell);
        this.holes = holes.stream().map(List::copyOf).toList();
        this.spikeDegrees = spikeDegrees;
    }

    /** The repaired area, its geodesic area before and after, what was changed and any fault left. */
    public FixPreview preview() {
        notes.clear();
        Geometry land = RingRepair.repair(shell, 0, spikeDegrees, notes);
        if (land.isEmpty()) {
            return new FixPreview(WGS84.createPolygon(), 0, 0, notes, List.of());
        }
        List<Geometry> cuts = new ArrayList<>();
        for (int i = 0; i < holes.size(); i++) {
            Geometry hole = RingRepair.repair(holes.get(i), i + 1, spikeDegrees, notes);
            cuts.add(hole.isEmpty() ? null : againstBoundary(land, hole, i + 1));
        }
        mergedHoles(cuts);
        Geometry cut = union(cuts);
        Geometry fixed = cut == null ? land : OverlayNGRobust.overlay(land, cut, OverlayNG.DIFFERENCE);
        fixed = holesApart(fixed, cuts);
        fixed = DrawnOrder.like(fixed, shell, holes, cuts);
        List<ValidityProblem> remaining = List.of();
        if (fixed.isEmpty()) {
            notes.add("The holes cover all the land inside the outer boundary, so nothing would be left of the area: "
                    + "delete or redraw the holes.");
        } else if (fixed.getNumGeometries() > 1) {
            notes.add(parts(fixed));
        } else if (fixed instanceof Polygon p && !p.isEmpty()) {
            remaining = remainingFaults(p);
        }
        return new FixPreview(fixed, drawnArea(), PolygonValidity.polygonalArea(fixed), notes, remaining);
    }

    /**
     * The land a drawn area encloses (inside the repaired boundary, outside the repaired holes), with no corner
     * dropped: what overlaps with other areas are measured on.
     */
    static Geometry land(Polygon drawn) {
        Geometry outer = GeometryFixer.fix(WGS84.createPolygon(drawn.getExteriorRing().getCoordinates()));
        Geometry cut = null;
        for (int i = 0; i < drawn.getNumInteriorRing(); i++) {
            Geometry hole = GeometryFixer.fix(WGS84.createPolygon(drawn.getInteriorRingN(i).getCoordinates()));
            cut = cut == null ? hole : OverlayNGRobust.overlay(cut, hole, OverlayNG.UNION);
        }
        return cut == null || cut.isEmpty() ? outer : OverlayNGRobust.overlay(outer, cut, OverlayNG.DIFFERENCE);
    }

    /** The hole as it will be cut out, or null when it lies outside the area; says what happens to it. */
    private Geometry againstBoundary(Geometry land, Geometry hole, int number) {
        Geometry inside = OverlayNGRobust.overlay(hole, land, OverlayNG.INTERSECTION);
        double holeArea = PolygonValidity.polygonalArea(hole);
        double insideArea = PolygonValidity.polygonalArea(inside);
        if (insideArea <= PolygonValidity.OVERLAP_NOISE_M2) {
            notes.add(String.format(Locale.ROOT, "Hole %d lies wholly outside the outer boundary, so it took no land "
                    + "out of the area: the fix leaves it out.", number));
            return null;
        }
        if (holeArea - insideArea > PolygonValidity.OVERLAP_NOISE_M2) {
            notes.add(String.format(Locale.ROOT, "Hole %d crossed the outer boundary: the fix takes its part inside "
                    + "the area (%.1f m² of %.1f m²) out of the area, so the outer boundary now runs round that part; "
                    + "its part outside is left out.", number, insideArea, holeArea));
        }
        return hole;
    }

    private void mergedHoles(List<Geometry> cuts) {
        for (int i = 0; i < cuts.size(); i++) {
            for (int j = i + 1; j < cuts.size(); j++) {
                if (cuts.get(i) != null && cuts.get(j) != null && PolygonValidity.polygonalArea(OverlayNGRobust
                        .overlay(cuts.get(i), cuts.get(j), OverlayNG.INTERSECTION)) > PolygonValidity.OVERLAP_NOISE_M2) {
                    notes.add(String.format(Locale.ROOT, "Holes %d and %d overlapped: the fix joins them into one "
                            + "hole.", i + 1, j + 1));
                }
            }
        }
    }

    private static Geometry union(List<Geometry> cuts) {
        Geometry all = null;
        for (Geometry g : cuts) {
            if (g != null) {
                all = all == null ? g : OverlayNGRobust.overlay(all, g, OverlayNG.UNION);
            }
        }
        return all;
    }

    /**
     * Holes of the repaired area that touch its outer boundary or a larger hole (which a hazard area may not
     * have) are filled in again: that land stays hazardous until the user draws the hole apart.
     */
    private Geometry holesApart(Geometry fixed, List<Geometry> cuts) {
        List<Polygon> parts = new ArrayList<>();
        for (int n = 0; n < fixed.getNumGeometries(); n++) {
            if (!(fixed.getGeometryN(n) instanceof Polygon p) || p.isEmpty()) {
                continue;
            }
            List<LinearRing> inner = new ArrayList<>();
            for (int i = 0; i < p.getNumInteriorRing(); i++) {
                inner.add(p.getInteriorRingN(i));
            }
            inner.sort(Comparator.comparingDouble((LinearRing r) -> -ringArea(r)));
            List<LinearRing> kept = new ArrayList<>();
            for (LinearRing r : inner) {
                Geometry touch = r.intersection(p.getExteriorRing());
                String what = "the outer boundary";
                int from = DrawnOrder.source(r, cuts);
                for (int k = 0; k < kept.size() && touch.isEmpty(); k++) {
                    touch = r.intersection(kept.get(k));
                    int other = DrawnOrder.source(kept.get(k), cuts);
                    what = other == from && from < cuts.size() ? "the rest of hole " + (from + 1)
                            : other < cuts.size() ? "hole " + (other + 1) : "another hole";
                }
                if (touch.isEmpty()) {
                    kept.add(r);
                } else {
                    notes.add(filledIn(r, from < cuts.size() ? "Part of hole " + (from + 1) : "A hole", what,
                            touch.getCoordinate()));
                }
            }
            parts.add(WGS84.createPolygon(p.getExteriorRing(), kept.toArray(LinearRing[]::new)));
        }
        return parts.size() == 1 ? parts.get(0) : WGS84.createMultiPolygon(parts.toArray(Polygon[]::new));
    }

    private static String filledIn(LinearRing r, String of, String what, Coordinate at) {
        Coordinate inside = InteriorPointArea.getInteriorPoint(WGS84.createPolygon(r));
        return String.format(Locale.ROOT, "%s (%.1f m² around %s) would touch %s at %s, which a hazard area cannot "
                + "have: the fix leaves that land in the hazard area. If it is known to be clear, draw it again as a "
                + "hole apart from the boundary and the other holes.", of, ringArea(r),
                PlaceText.of(new GeoPoint(inside.y, inside.x)), what, PlaceText.of(new GeoPoint(at.y, at.x)));
    }

    private static String parts(Geometry fixed) {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "The fix leaves %d separate parts:",
                fixed.getNumGeometries()));
        for (int i = 0; i < fixed.getNumGeometries(); i++) {
            Geometry g = fixed.getGeometryN(i);
            Coordinate c = InteriorPointArea.getInteriorPoint(g);
            b.append(String.format(Locale.ROOT, " part %d, %.1f m² around %s%s", i + 1,
                    PolygonValidity.polygonalArea(g), PlaceText.of(new GeoPoint(c.y, c.x)),
                    i + 1 < fixed.getNumGeometries() ? ";" : "."));
        }
        return b.append(" One hazard area is one piece of land, so none is kept for you: move the corners so that "
                + "the boundary does not cross itself, or record each part as a hazard area of its own.").toString();
    }

    private List<ValidityProblem> remainingFaults(Polygon p) {
        List<GeoPoint> outer = Rings.corners(p.getExteriorRing());
        List<List<GeoPoint>> inner = new ArrayList<>();
        for (int i = 0; i < p.getNumInteriorRing(); i++) {
            inner.add(Rings.corners(p.getInteriorRingN(i)));
        }
        List<ValidityProblem> left = new ArrayList<>(PolygonValidity.ofClosedRing(outer).problems());
        left.addAll(new HoleValidity(outer, inner).problems());
        return left.stream().filter(ValidityProblem::blocksSaving).toList();
    }

    private double drawnArea() {
        return shell.size() < 3 ? 0 : new GeodesicArea(Rings.polygon(shell, holes)).area();
    }

    private static double ringArea(LinearRing r) {
        return new GeodesicArea(WGS84.createPolygon(r)).area();
    }
}
