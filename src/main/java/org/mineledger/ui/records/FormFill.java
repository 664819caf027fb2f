package org.mineledger.ui.records;

import org.mineledger.geo.CoordinateSystem;
import org.mineledger.geo.Precision;
import org.mineledger.geo.TraverseLeg;
import org.mineledger.model.laid.LaidMinefieldRecord;
import org.mineledger.model.laid.MineEntry;
import org.mineledger.model.laid.Strip;

/** Puts a stored record back into the form's fields, as a user would have typed it. */
final class FormFill {
    private FormFill() {
    }

    static void fill(LaidMinefieldFormModel m, LaidMinefieldRecord r) {
        m.number.set(r.number());
        m.type.set(r.identity().type());
        m.unit.set(r.identity().unit());
        m.authority.set(r.identity().authority());
        m.officer.set(r.identity().officerInCharge());
        m.classification.set(r.identity().classification());
        m.started.set(r.layingStarted() == null ? "" : LaidMinefieldFormModel.TIME.format(
                r.layingStarted().atOffset(java.time.ZoneOffset.UTC)));
        m.completed.set(r.layingCompleted() == null ? "" : LaidMinefieldFormModel.TIME.format(
                r.layingCompleted().atOffset(java.time.ZoneOffset.UTC)));
        m.landmarkText.set(r.landmark().description());
        m.landmarkPosition.set(CoordinateSystem.LATLON.format(r.landmark().position(), Precision.MILLIMETRE));
        TraverseLeg any = r.perimeter().isEmpty() ? null : r.perimeter().get(0);
        if (any != null) {
            m.angleUnit.set(any.bearing().unit());
            m.north.set(any.bearing().north());
        }
        m.landmarkToRp.set(r.landmarkToReference() == null ? "" : LegText.format(r.landmarkToReference()));
        m.rpToTp1.set(r.referenceToFirstPoint() == null ? "" : LegText.format(r.referenceToFirstPoint()));
        StringBuilder p = new StringBuilder();
        r.perimeter().forEach(l -> p.append(LegText.format(l)).append('\n'));
        m.perimeter.set(p.toString().strip());
        m.tolerance.set(LegText.plain(r.closureTolerance().metres()));
        m.mineRows.clear();
        for (Strip s : r.strips()) {
            String from = s.startFromReference() == null ? "" : LegText.format(s.startFromReference());
            String legs = String.join("; ", s.legs().stream().map(LegText::format).toList());
            if (s.mines().isEmpty()) {
                m.mineRows.add(new MineRow(s.label(), s.startMarker(), s.endMarker(), from, legs, null));
            }
            for (MineEntry e : s.mines()) {
                m.mineRows.add(new MineRow(s.label(), s.startMarker(), s.endMarker(), from, legs, e));
            }
        }
        m.northEntry.fill(r.north());
        m.lanes.lanes.setAll(r.lanesAndGaps());
        m.lanes.clear();
        m.marking.set(r.marking());
        m.fencing.set(r.fencing());
        m.monitoring.set(r.monitoring());
        m.laidBy.set(r.laidBy());
        m.verifiedBy.set(r.verifiedBy());
        m.notes.set(r.notes());
    }
}
