package org.mineledger.store;

import static org.mineledger.store.JsonFields.bad;
import static org.mineledger.store.JsonFields.list;
import static org.mineledger.store.JsonFields.parse;
import static org.mineledger.store.JsonFields.text;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mineledger.geo.Declination;
import org.mineledger.geo.Distance;
import org.mineledger.geo.GeoPoint;
import org.mineledger.geo.Grid;
import org.mineledger.geo.NorthConversion;
import org.mineledger.geo.TraverseLeg;
import org.mineledger.model.laid.Emplacement;
import org.mineledger.model.laid.LaidMinefieldRecord;
import org.mineledger.model.laid.Landmark;
import org.mineledger.model.laid.LaneOrGap;
import org.mineledger.model.laid.MineCategory;
import org.mineledger.model.laid.MineEntry;
import org.mineledger.model.laid.MinefieldIdentity;
import org.mineledger.model.laid.MinefieldType;
import org.mineledger.model.laid.Strip;

/**
 * A laid-minefield record as JSON: the format of {@code mineledger record add-laid} files and of the copy kept
 * in the workspace and its audit trail. Doubles are written with {@link Double#toString}, so a record reads back
 * identical. The format is documented in the README ("Laid-minefield record file").
 */
public final class LaidMinefieldJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private LaidMinefieldJson() {
    }

    /** Reads a record; a fault is a {@link RecordFormatException} naming the field, e.g. {@code strips[1].mines[0].count}. */
    public static LaidMinefieldRecord read(String json) {
        JsonNode o = JsonFields.object(json, "The record");
        String number = text(o, "number", "");
        try {
            return record(o);
        } catch (IllegalArgumentException e) { // RecordFormatException among them
            String name = "Minefield " + (number.isBlank() ? "(no number)" : number);
            String why = e.getMessage();
            throw new RecordFormatException(why.startsWith(name) ? why : name + ": " + why, e);
        }
    }

    private static LaidMinefieldRecord record(JsonNode o) {
        MinefieldIdentity id = parse("number", text(o, "number", ""), n -> new MinefieldIdentity(n,
                parse("type", text(o, "type", ""), MinefieldType::parse), text(o, "unit", ""),
                text(o, "authority", ""), text(o, "officer_in_charge", ""), text(o, "classification", "")));
        JsonNode lm = o.get("landmark");
        if (lm == null || !lm.isObject()) {
            throw bad("landmark", "is missing: give {\"description\": ..., \"position\": ...}");
        }
        Landmark landmark = new Landmark(text(lm, "description", "landmark."),
                JsonFields.point(lm.get("position"), "landmark.position"));
        NorthConversion north = north(o);
        double tolerance = o.has("closure_tolerance_m") ? JsonFields.number(o, "closure_tolerance_m", "") : 0.5;
        List<TraverseLeg> perimeter = new ArrayList<>();
        int i = 0;
        for (JsonNode leg : list(o, "perimeter")) {
            perimeter.add(JsonFields.leg(leg, "perimeter[" + i++ + "]"));
        }
        List<Strip> strips = new ArrayList<>();
        i = 0;
        for (JsonNode s : list(o, "strips")) {
            strips.add(strip(s, "strips[" + i++ + "]."));
        }
        List<LaneOrGap> lanes = new ArrayList<>();
        i = 0;
        for (JsonNode l : list(o, "lanes_and_gaps")) {
            String p = "lanes_and_gaps[" + i++ + "].";
            lanes.add(lane(l, p));
        }
        return new LaidMinefieldRecord(id, JsonFields.instant(o, "laying_started", ""),
                JsonFields.instant(o, "laying_completed", ""), landmark,
                JsonFields.leg(o.get("landmark_to_rp"), "landmark_to_rp"), JsonFields.leg(o.get("rp_to_tp1"),
                "rp_to_tp1"), perimeter, north, parse("closure_tolerance_m", Double.toString(tolerance),
                x -> new Distance(tolerance)), strips, lanes, text(o, "marking", ""), text(o, "fencing", ""),
                text(o, "monitoring", ""), text(o, "laid_by", ""), text(o, "verified_by", ""),
                text(o, "notes", ""));
    }

    private static NorthConversion north(JsonNode o) {
        String gridText = text(o, "grid", "");
        Grid grid = gridText.isBlank() ? null : parse("grid", gridText, Grid::of);
        JsonNode d = o.get("declination");
        Declination declination = null;
        if (d != null && !d.isNull()) {
            double east = JsonFields.number(d, "degrees_east", "declination.");
            declination = parse("declination", d.toString(), x -> new Declination(east,
                    JsonFields.date(d, "date", "declination.")));
        }
        return new NorthConversion(grid, declination);
    }

    private static LaneOrGap lane(JsonNode l, String p) {
        double w = JsonFields.number(l, "width_m", p);
        TraverseLeg fromRp = JsonFields.leg(l.get("from_rp"), p + "from_rp");
        JsonNode e = l.get("entry");
        GeoPoint entry = e == null || e.isNull() ? null : JsonFields.point(e, p + "entry");
        TraverseLeg course = JsonFields.leg(l.get("course"), p + "course");
        return parse(p.substring(0, p.length() - 1), l.toString(), x -> new LaneOrGap(text(l, "label", p),
                l.path("gap").asBoolean(false), new Distance(w), fromRp, entry, course,
                l.path("marked").asBoolean(false), l.path("closed").asBoolean(false), text(l, "description", p)));
    }

    private static Strip strip(JsonNode s, String p) {
        List<TraverseLeg> legs = new ArrayList<>();
        int i = 0;
        for (JsonNode leg : list(s, "legs")) {
            legs.add(JsonFields.leg(leg, p + "legs[" + i++ + "]"));
        }
        List<MineEntry> mines = new ArrayList<>();
        i = 0;
        for (JsonNode m : list(s, "mines")) {
            String mp = p + "mines[" + i++ + "].";
            double spacing = JsonFields.number(m, "spacing_m", mp);
            int count = JsonFields.integer(m, "count", mp);
            if (count < 1) {
                throw JsonFields.bad(mp + "count", "is " + count + ": a strip entry holds 1 mine or more");
            }
            mines.add(parse(mp.substring(0, mp.length() - 1), m.toString(), x -> new MineEntry(text(m, "model", mp),
                    parse(mp + "category", text(m, "category", mp), MineCategory::parse), count,
                    new Distance(spacing), text(m, "fuze", mp), text(m, "anti_handling", mp),
                    text(m, "emplacement", mp).isBlank() ? Emplacement.HAND
                            : parse(mp + "emplacement", text(m, "emplacement", mp), Emplacement::parse),
                    JsonFields.days(m, "self_destruct_days", mp), JsonFields.days(m, "self_deactivation_days", mp))));
        }
        return parse(p.substring(0, p.length() - 1), s.toString(), x -> new Strip(text(s, "label", p),
                text(s, "start_marker", p), text(s, "end_marker", p), JsonFields.leg(s.get("from_rp"), p + "from_rp"),
                legs, mines));
    }

    /** Writes a record so that {@link #read} gives it back equal. */
    public static String write(LaidMinefieldRecord r) {
        try {
            return MAPPER.writeValueAsString(tree(r));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write minefield record " + r.number() + " as JSON", e);
        }
    }

    static ObjectNode tree(LaidMinefieldRecord r) {
        ObjectNode o = MAPPER.createObjectNode();
        MinefieldIdentity id = r.identity();
        o.put("number", id.number());
        o.put("type", id.type().name().toLowerCase(Locale.ROOT));
        o.put("unit", id.unit());
        o.put("authority", id.authority());
        o.put("officer_in_charge", id.officerInCharge());
        o.put("classification", id.classification());
        o.put("laying_started", r.layingStarted() == null ? null : r.layingStarted().toString());
        o.put("laying_completed", r.layingCompleted() == null ? null : r.layingCompleted().toString());
        ObjectNode lm = o.putObject("landmark");
        lm.put("description", r.landmark().description());
        JsonFields.putPoint(lm, "position", r.landmark().position());
        JsonFields.putLeg(o, "landmark_to_rp", r.landmarkToReference());
        JsonFields.putLeg(o, "rp_to_tp1", r.referenceToFirstPoint());
        ArrayNode perimeter = o.putArray("perimeter");
        r.perimeter().forEach(l -> JsonFields.putLeg(perimeter.addObject(), l));
        r.north().gridIfAny().ifPresent(g -> o.put("grid", g.id()));
        if (r.north().declination() != null) {
            ObjectNode d = o.putObject("declination");
            d.put("degrees_east", r.north().declination().degreesEast());
            d.put("date", r.north().declination().date().toString());
        }
        o.put("closure_tolerance_m", r.closureTolerance().metres());
        ArrayNode strips = o.putArray("strips");
        for (Strip s : r.strips()) {
            ObjectNode so = strips.addObject();
            so.put("label", s.label());
            so.put("start_marker", s.startMarker());
            so.put("end_marker", s.endMarker());
            JsonFields.putLeg(so, "from_rp", s.startFromReference());
            ArrayNode legs = so.putArray("legs");
            s.legs().forEach(l -> JsonFields.putLeg(legs.addObject(), l));
            ArrayNode mines = so.putArray("mines");
            for (MineEntry m : s.mines()) {
                ObjectNode mo = mines.addObject();
                mo.put("model", m.model());
                mo.put("category", m.category().name());
                mo.put("count", m.count());
                mo.put("spacing_m", m.spacing().metres());
                mo.put("fuze", m.fuze());
                mo.put("anti_handling", m.antiHandlingDevice());
                mo.put("emplacement", m.emplacement().name().toLowerCase(Locale.ROOT));
                JsonFields.putDays(mo, "self_destruct_days", m.selfDestruct());
                JsonFields.putDays(mo, "self_deactivation_days", m.selfDeactivation());
            }
        }
        ArrayNode lanes = o.putArray("lanes_and_gaps");
        for (LaneOrGap l : r.lanesAndGaps()) {
            ObjectNode lo = lanes.addObject();
            lo.put("label", l.label());
            lo.put("gap", l.gap());
            lo.put("width_m", l.width().metres());
            lo.put("description", l.description());
            // written only when entered, so records stored before these fields existed still match their audit
            if (l.fromReference() != null) {
                JsonFields.putLeg(lo, "from_rp", l.fromReference());
            }
            if (l.entry() != null) {
                JsonFields.putPoint(lo, "entry", l.entry());
            }
            if (l.course() != null) {
                JsonFields.putLeg(lo, "course", l.course());
            }
            if (l.marked()) {
                lo.put("marked", true);
            }
            if (l.closed()) {
                lo.put("closed", true);
            }
        }
        o.put("marking", r.marking());
        o.put("fencing", r.fencing());
        o.put("monitoring", r.monitoring());
        o.put("laid_by", r.laidBy());
        o.put("verified_by", r.verifiedBy());
        o.put("notes", r.notes());
        return o;
    }
}
