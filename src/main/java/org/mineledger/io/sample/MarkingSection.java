package org.mineledger.io.sample;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mineledger.geo.Bearing;
import org.mineledger.geo.CoordinateParser;
import org.mineledger.geo.Distance;
import org.mineledger.geo.GeoPoint;
import org.mineledger.geo.Geodesy;
import org.mineledger.geo.NorthReference;
import org.mineledger.model.HazardArea;
import org.mineledger.plan.marking.BarrierKind;
import org.mineledger.plan.marking.LabourRates;
import org.mineledger.plan.marking.MarkingOptions;
import org.mineledger.plan.marking.MarkingPlan;
import org.mineledger.plan.marking.MarkingPlanner;
import org.mineledger.plan.marking.Sign;
import org.mineledger.plan.marking.SignReason;

/**
 * The {@code marking} and {@code signPosts} of a scenario's {@code monitoring.json}: how a section was marked in
 * the field, turned into the marking plan MineLedger stores for it (post N carries sign S-0NN).
 */
final class MarkingSection {
    private final String path;
    private final JsonNode file;

    MarkingSection(String path, JsonNode file) {
        this.path = path;
        this.file = file;
    }

    /** True when the file says how the belt was marked. */
    boolean present() {
        return file.has("marking");
    }

    /** The marking plan of {@code area} as marked, with the signs on posts {@code first} to {@code last}. */
    MarkingPlan plan(HazardArea area, int first, int last) {
        JsonNode m = file.path("marking");
        MarkingOptions options = new MarkingOptions(Distance.ofMetres(number(m, "spacing_m", "marking")),
                Distance.ofMetres(m.path("buffer_m").asDouble(0)),
                Distance.ofMetres(m.path("picketInterval_m").asDouble(MarkingOptions.DEFAULT_PICKET_INTERVAL.metres())),
                barrier(m.path("barrier").asText("none")), m.path("strands").asInt(1), LabourRates.DEFAULT);
        List<Sign> signs = signs(first, last);
        if (signs.isEmpty()) {
            throw new SampleException(path + ", signPosts: no post numbered " + first + " to " + last + " for "
                    + area.reference() + "; number the posts of each section as its firstPost and lastPost say.");
        }
        String source = String.format(Locale.ROOT, "%s, posts %d to %d", path, first, last);
        return new MarkingPlanner(area.polygon(), List.of(), options).asMarked(signs, source);
    }

    private List<Sign> signs(int first, int last) {
        CoordinateParser parser = new CoordinateParser();
        List<Sign> out = new ArrayList<>();
        GeoPoint previous = null;
        double chainage = 0;
        int i = 0;
        for (JsonNode p : file.path("signPosts")) {
            String at = "signPosts[" + i++ + "]";
            int post = p.path("post").asInt();
            if (post < first || post > last) {
                continue;
            }
            GeoPoint position = parser.parse(text(p, "position", at));
            if (previous != null) {
                chainage += Geodesy.inverse(previous, position).distance().metres();
            }
            previous = position;
            out.add(new Sign(Sign.numbered(post), position,
                    Bearing.degrees(number(p, "facing_deg_true", at), NorthReference.TRUE),
                    reason(p.path("reason").asText("spacing"), at), Distance.ofMetres(chainage)));
        }
        return out;
    }

    private SignReason reason(String text, String at) {
        for (SignReason r : SignReason.values()) {
            if (r.label().equalsIgnoreCase(text.strip())) {
                return r;
            }
        }
        throw new SampleException(path + ", " + at + ": reason '" + text
                + "' is not one of turning point, track crossing or spacing.");
    }

    private BarrierKind barrier(String text) {
        try {
            return BarrierKind.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new SampleException(path + ", marking: barrier '" + text + "' is not tape, wire or none.", e);
        }
    }

    private double number(JsonNode o, String field, String at) {
        if (!o.path(field).isNumber()) {
            throw new SampleException(path + ", " + at + ": the number \"" + field + "\" is missing.");
        }
        return o.path(field).asDouble();
    }

    private String text(JsonNode o, String field, String at) {
        return SampleException.requireText(path, o, field, at);
    }
}
