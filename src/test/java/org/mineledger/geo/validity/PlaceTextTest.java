package org.mineledger.geo.validity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mineledger.geo.CoordinateFormatter;
import org.mineledger.geo.CoordinateSystem;
import org.mineledger.geo.GeoPoint;
import org.mineledger.geo.Precision;

class PlaceTextTest {
    @Test
    void everyPlaceInAMessageIsRewrittenInTheChosenGridAndTheRestIsKept() {
        String message = "Edges 1–2 and 3–4 cross at " + PlaceText.of(new GeoPoint(58.0005, 27.0015))
                + "; the fix drops vertex 3 (" + PlaceText.of(new GeoPoint(58, 27)) + ").";
        String mgrs = PlaceText.rewrite(message,
                new CoordinateFormatter(CoordinateSystem.MGRS, Precision.METRE)::format);
        // GeoConvert -m -p 0: "58.0005 27.0015" gives 35VNE0008828765, "58 27" gives 35VNE0000028710
        assertThat(mgrs).isEqualTo("Edges 1–2 and 3–4 cross at 35VNE0008828765; the fix drops vertex 3 "
                + "(35VNE0000028710).");
    }

    @Test
    void southernAndWesternPlacesKeepTheirSignAndAPlaceTheGridCannotWriteStaysAsItWas() {
        String south = PlaceText.of(new GeoPoint(-33.5, -70.25));
        assertThat(PlaceText.rewrite("at " + south, p -> p.lat() + "/" + p.lon())).isEqualTo("at -33.5/-70.25");
        assertThat(PlaceText.rewrite("at " + south, p -> {
            throw new IllegalArgumentException("outside the grid");
        })).isEqualTo("at 33.500000 S 70.250000 W");
    }
}
