package org.mineledger.ui.edit;

import java.util.List;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.mineledger.geo.GeoPoint;
import org.mineledger.geo.GeodesicArea;
import org.mineledger.geo.validity.AreaValidity;
import org.mineledger.geo.validity.FixPreview;
import org.mineledger.geo.validity.Neighbour;
import org.mineledger.geo.validity.PolygonValidity;
import org.mineledger.geo.validity.Rings;
import org.mineledger.geo.validity.ValidityProblem;

/** What the editor shows live about the edited rings: geodesic area and perimeter, every fault, the fix preview. */
final class ShapeMeasures {
    private static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);
    private final ObservableList<ValidityProblem> problems = FXCollections.observableArrayList();
    private final ReadOnlyDoubleWrapper area = new ReadOnlyDoubleWrapper(this, "area_m2", Double.NaN);
    private final ReadOnlyDoubleWrapper perimeter = new ReadOnlyDoubleWrapper(this, "perimeter_m", Double.NaN);
    private final ReadOnlyObjectWrapper<FixPreview> fix = new ReadOnlyObjectWrapper<>(this, "fixPreview");

    /** Recomputes everything for an outer boundary and its holes; {@code quiet} clears the problem list. */
    void update(List<GeoPoint> shell, List<List<GeoPoint>> holes, List<Neighbour> neighbours, boolean quiet) {
        fix.set(null);
        if (shell.size() < 3) {
            area.set(Double.NaN);
            perimeter.set(Double.NaN);
        } else {
            GeodesicArea g = new GeodesicArea(polygon(shell, holes.stream().filter(h -> h.size() >= 3).toList()));
            area.set(g.area());
            perimeter.set(g.exteriorPerimeter());
        }
        if (quiet) {
            problems.clear();
            return;
        }
        problems.setAll(new AreaValidity(shell, holes, neighbours, PolygonValidity.DEFAULT_SPIKE_DEGREES).problems());
    }

    /** The polygon (x = longitude, y = latitude) of an outer boundary and holes of three or more corners. */
    static Polygon polygon(List<GeoPoint> shell, List<List<GeoPoint>> holes) {
        LinearRing[] inner = holes.stream().map(h -> WGS84.createLinearRing(Rings.closed(h))).toArray(LinearRing[]::new);
        return WGS84.createPolygon(WGS84.createLinearRing(Rings.closed(shell)), inner);
    }

    void showFix(FixPreview preview) {
        fix.set(preview);
    }

    ObservableList<ValidityProblem> problems() {
        return problems;
    }

    ReadOnlyDoubleProperty areaProperty() {
        return area.getReadOnlyProperty();
    }

    ReadOnlyDoubleProperty perimeterProperty() {
        return perimeter.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<FixPreview> fixPreviewProperty() {
        return fix.getReadOnlyProperty();
    }
}
