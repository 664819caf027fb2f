package org.mineledger.io.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;

/**
 * Whether the coordinates of a file fit the coordinate system its .prj (or {@code --crs}) declares: metres
 * under a .prj in degrees, degrees under a .prj in metres, or positions outside the system's {@link AreaOfUse}.
 * A file none of whose features fit gets one problem of the whole file instead of one per corner.
 */
public final class CrsFit {
    /** How a file given in metres is described, also where GeoJSON finds metres instead of degrees. */
    public static final String PROJECTED_METRES = "These look like projected metres (UTM or a national grid)";
    private final SourceCrs crs;
    private final String declaredBy;
    private final Optional<AreaOfUse> area;

    /** {@code declaredBy} names where the system comes from, e.g. {@code fin.prj} or {@code --crs EPSG:3067}. */
    public CrsFit(SourceCrs crs, String declaredBy) {
        this.crs = crs;
        this.declaredBy = declaredBy;
        this.area = AreaOfUse.of(crs.epsgCode());
    }

    /**
     * The features in WGS84: each feature's raw geometry transformed, those that do not fit given a problem and
     * no geometry; when none fits, {@code fileProblems} gets the reason once.
     */
    public List<SourceFeature> toWgs84(List<SourceFeature> raw, List<String> fileProblems) {
        List<SourceFeature> out = new ArrayList<>(raw.size());
        List<Integer> misfits = new ArrayList<>();
        String firstMisfit = null;
        int withGeometry = 0;
        for (SourceFeature f : raw) {
            if (f.geometry() == null) {
                out.add(f);
                continue;
            }
            withGeometry++;
            Coordinate first = new Coordinate(f.geometry().getCoordinate());
            Envelope source = new Envelope(f.geometry().getEnvelopeInternal());
            String problem;
            try {
                problem = misfit(source, crs.toWgs84(f.geometry()).getEnvelopeInternal(), first, f.location());
            } catch (IllegalArgumentException e) {
                out.add(withoutGeometry(f, e.getMessage()));
                continue;
            }
            if (problem == null) {
                out.add(f);
            } else {
                misfits.add(out.size());
                firstMisfit = firstMisfit == null ? problem : firstMisfit;
                out.add(withoutGeometry(f, problem));
            }
        }
        if (withGeometry > 0 && misfits.size() == withGeometry) {
            fileProblems.add(firstMisfit);
            for (int i : misfits) {
                out.set(i, withoutGeometry(raw.get(i), "its coordinates do not fit the coordinate system of " + declaredBy
                        + " (see the problem with the whole file)."));
            }
        }
        return out;
    }

    private static SourceFeature withoutGeometry(SourceFeature f, String problem) {
        List<String> problems = new ArrayList<>(f.problems());
        problems.add(problem);
        return new SourceFeature(f.number(), f.id(), f.location(), null, f.attributes(), problems);
    }

    /** Why a feature at {@code source} (file units), {@code lonLat} once transformed, does not fit; or null. */
    private String misfit(Envelope source, Envelope lonLat, Coordinate first, String where) {
        String at = String.format(Locale.ROOT, "%s starts at %.1f, %.1f", where, first.x, first.y);
        String what = "The coordinates do not fit the coordinate system of " + declaredBy + " (EPSG:"
                + crs.epsgCode() + (crs.isGeographic() ? ", longitude and latitude in degrees" : ", metres") + "): ";
        if (crs.isGeographic() && (CoordinateLook.of(source.getMinX(), source.getMinY()) == CoordinateLook.PROJECTED_METRES
                || CoordinateLook.of(source.getMaxX(), source.getMaxY()) == CoordinateLook.PROJECTED_METRES)) {
            return what + at + ". " + PROJECTED_METRES + ". " + remedy();
        }
        if (!crs.isGeographic() && CoordinateLook.of(source.getMinX(), source.getMinY()) == CoordinateLook.DEGREES
                && CoordinateLook.of(source.getMaxX(), source.getMaxY()) == CoordinateLook.DEGREES) {
            return what + at + ". These look like longitude and latitude in degrees. " + remedy();
        }
        if (area.isPresent() && !area.get().contains(lonLat)) {
            return what + at + String.format(Locale.ROOT, ", which would put it at lat %.4f, lon %.4f, outside %s "
                    + "where that system is used. ", lonLat.getMinY(), lonLat.getMinX(), area.get().name()) + remedy();
        }
        return null;
    }

    private String remedy() {
        return declaredBy.startsWith("--crs") ? "Check the EPSG number given with --crs."
                : "Check the .prj, or give the right system with --crs EPSG:N (e.g. EPSG:3067 for Finland's "
                + "ETRS-TM35FIN, EPSG:2180 for Poland's PL-1992).";
    }
}
