package org.mineledger.ui.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.mineledger.geo.AngleUnit;
import org.mineledger.geo.CoordinateSystem;
import org.mineledger.geo.GeoPoint;
import org.mineledger.geo.NorthReference;

/**
 * Traverse entry without a window. Expected points from GeographicLib's GeodSolve 2.x:
 * {@code echo "58 27 90 100" | GeodSolve -p 9} gives 57.99999998876325 27.00169110705193, and from there
 * {@code echo "57.99999998876325 27.00169110705193 0 100" | GeodSolve -p 9} gives 58.00089783491155 27.00169110705193.
 */
class TraverseEntryModelTest {
    private final TraverseEntryModel model = new TraverseEntryModel(CoordinateSystem.LATLON);

    @Test
    void showsTheTurningPointsOfASquareTraverseInTheDisplaySystem() {
        model.referenceProperty().set("58 N, 27 E");
        square(100, "1600", AngleUnit.MILS_NATO);
        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(model.turningPoints()).element(1).isEqualTo("TP2  57.99999999 N, 27.00169111 E");
        assertThat(model.turningPoints()).element(2).isEqualTo("TP3  58.00089783 N, 27.00169111 E");
        GeoPoint tp3 = model.resultProperty().get().turningPoints().get(2);
        assertThat(tp3.lat()).isCloseTo(58.00089783491155, within(1e-11));
        assertThat(tp3.lon()).isCloseTo(27.00169110705193, within(1e-11));
        assertThat(model.usableProperty().get()).isTrue();
        assertThat(model.corners()).hasSize(4);
    }

    @Test
    void aClosureAboveToleranceMustBeAcknowledgedAgainAfterEveryChange() {
        model.referenceProperty().set("58 N, 27 E");
        square(100, "90", AngleUnit.DEGREES);
        model.legs().set(3, TraverseEntryModel.leg("180", AngleUnit.DEGREES, NorthReference.TRUE, "98", "Leg 4"));
        assertThat(model.exceedsToleranceProperty().get()).isTrue();
        assertThat(model.resultProperty().get().closure().gap().metres()).isCloseTo(2.0, within(0.01));
        assertThat(model.closureProperty().get()).contains(" m (1:19").contains("towards TP1");
        assertThat(model.usableProperty().get()).isFalse();
        assertThatThrownBy(model::corners).hasMessageContaining("acknowledge the closure error");
        model.acknowledgedProperty().set(true);
        assertThat(model.usableProperty().get()).isTrue();
        model.toleranceProperty().set("1.5");
        assertThat(model.acknowledgedProperty().get()).isFalse();
        assertThat(model.usableProperty().get()).isFalse();
        model.toleranceProperty().set("2.5");
        assertThat(model.usableProperty().get()).isTrue();
    }

    @Test
    void aLandmarkTieGivesTheReferencePoint() {
        model.fromLandmarkProperty().set(true);
        model.landmarkProperty().set("58 N, 26.99830889 E");
        model.landmarkBearingProperty().set("90");
        model.landmarkDistanceProperty().set("100");
        square(50, "90", AngleUnit.DEGREES);
        GeoPoint rp = model.resultProperty().get().turningPoints().get(0);
        assertThat(rp.lon()).isCloseTo(27.0, within(1e-6));
    }

    @Test
    void aLegFromTheReferencePointToTp1MovesTheWholePerimeter() {
        model.referenceProperty().set("58 N, 26.99830889 E");
        model.tieBearingProperty().set("1600");
        model.tieUnitProperty().set(AngleUnit.MILS_NATO);
        model.tieDistanceProperty().set("100");
        square(100, "90", AngleUnit.DEGREES);
        assertThat(model.errorProperty().get()).isEmpty();
        GeoPoint tp1 = model.resultProperty().get().turningPoints().get(0);
        assertThat(tp1.lon()).isCloseTo(27.0, within(1e-6));
        assertThat(model.resultProperty().get().referencePoint().lon()).isCloseTo(26.99830889, within(1e-9));
    }

    @Test
    void magneticBearingsNeedTheDeclinationAndItsDate() {
        model.referenceProperty().set("58 N, 27 E");
        for (String b : new String[] {"80", "350", "260", "170"}) {
            model.addLeg(b, AngleUnit.DEGREES, NorthReference.MAGNETIC, "100");
        }
        assertThat(model.errorProperty().get()).contains("magnetic").contains("declination");
        model.declinationProperty().set("10");
        assertThat(model.errorProperty().get()).contains("date of the declination");
        model.declinationDateProperty().set(LocalDate.of(2025, 6, 1));
        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(model.turningPoints()).element(1).isEqualTo("TP2  57.99999999 N, 27.00169111 E");
    }

    @Test
    void aMistypedLegIsRefusedWithItsNumber() {
        model.referenceProperty().set("58 N, 27 E");
        model.addLeg("90", AngleUnit.DEGREES, NorthReference.TRUE, "100");
        assertThat(model.addLeg("9O", AngleUnit.DEGREES, NorthReference.TRUE, "100")).isFalse();
        assertThat(model.errorProperty().get()).isEqualTo("Leg 2: bearing '9O' is not a number.");
        assertThat(model.legs()).hasSize(1);
    }

    private void square(double side, String east, AngleUnit unit) {
        // East, north, west, south: each leg a quarter turn anticlockwise from the one before.
        double full = unit.fullCircle();
        double e = Double.parseDouble(east);
        for (int i = 0; i < 4; i++) {
            double b = (e - i * full / 4 + full) % full;
            model.addLeg(Double.toString(b), unit, NorthReference.TRUE, Double.toString(side));
        }
    }
}
