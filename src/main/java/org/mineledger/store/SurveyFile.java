package org.mineledger.store;

import static org.mineledger.store.JsonFields.bad;
import static org.mineledger.store.JsonFields.list;
import static org.mineledger.store.JsonFields.parse;
import static org.mineledger.store.JsonFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.mineledger.model.HazardReference;
import org.mineledger.model.survey.LandReleaseEvent;
import org.mineledger.model.survey.OrdnanceFind;
import org.mineledger.model.survey.ReleaseKind;
import org.mineledger.model.survey.SurveyActivity;
import org.mineledger.model.survey.SurveyType;

/**
 * A survey file for one hazard area: {@code {"hazard": "HA-0001", "surveys": [...], "finds": [...],
 * "releases": [...]}}, as {@code mineledger record add-survey} reads it (format in the README).
 *
 * @param hazard   the hazard area the records belong to
 * @param surveys  survey visits
 * @param finds    explosive ordnance finds
 * @param releases land releases, in the order they happened
 */
public record SurveyFile(HazardReference hazard, List<SurveyActivity> surveys, List<OrdnanceFind> finds,
        List<LandReleaseEvent> releases) {
    private static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);

    public SurveyFile {
        surveys = List.copyOf(surveys);
        finds = List.copyOf(finds);
        releases = List.copyOf(releases);
    }

    /** Reads a survey file; a fault names the field, e.g. {@code releases[0].polygon[3]}. */
    public static SurveyFile read(String json) {
        JsonNode o = JsonFields.object(json, "The survey file");
        HazardReference ref = parse("hazard", JsonFields.required(o, "hazard", ""), HazardReference::new);
        List<SurveyActivity> surveys = new ArrayList<>();
        int i = 0;
        for (JsonNode s : list(o, "surveys")) {
            String p = "surveys[" + i++ + "].";
            List<String> informants = new ArrayList<>();
            s.path("informants").forEach(n -> informants.add(n.asText()));
            surveys.add(parse(p.substring(0, p.length() - 1), s.toString(), x -> new SurveyActivity(
                    parse(p + "type", text(s, "type", p), SurveyType::parse), JsonFields.date(s, "date", p),
                    text(s, "team", p), text(s, "method", p), text(s, "evidence", p), informants)));
        }
        List<OrdnanceFind> finds = new ArrayList<>();
        i = 0;
        for (JsonNode f : list(o, "finds")) {
            String p = "finds[" + i++ + "].";
            int depth = f.has("depth_cm") ? JsonFields.integer(f, "depth_cm", p) : 0;
            finds.add(parse(p.substring(0, p.length() - 1), f.toString(), x -> new OrdnanceFind(
                    JsonFields.point(f.get("position"), p + "position"), JsonFields.date(f, "date", p),
                    text(f, "type_model", p), text(f, "fuze_state", p), depth, text(f, "action_taken", p))));
        }
        List<LandReleaseEvent> releases = new ArrayList<>();
        i = 0;
        for (JsonNode r : list(o, "releases")) {
            String p = "releases[" + i++ + "].";
            Polygon poly = polygon(r.get("polygon"), p + "polygon");
            releases.add(parse(p.substring(0, p.length() - 1), r.toString(), x -> new LandReleaseEvent(
                    parse(p + "kind", text(r, "kind", p), ReleaseKind::parse), poly, text(r, "method", p),
                    JsonFields.date(r, "date", p))));
        }
        return new SurveyFile(ref, surveys, finds, releases);
    }

    /** A ring of positions, each {"lat":..,"lon":..} or coordinate text; closed automatically. */
    private static Polygon polygon(JsonNode n, String path) {
        if (n == null || !n.isArray() || n.size() < 3) {
            throw bad(path, "must list at least three corners, e.g. [\"35VNH2746607201\", ...]");
        }
        List<Coordinate> c = new ArrayList<>();
        for (int i = 0; i < n.size(); i++) {
            var p = JsonFields.point(n.get(i), path + "[" + i + "]");
            c.add(new Coordinate(p.lon(), p.lat()));
        }
        if (!c.get(0).equals2D(c.get(c.size() - 1))) {
            c.add(c.get(0).copy());
        }
        return WGS84.createPolygon(c.toArray(Coordinate[]::new));
    }
}
