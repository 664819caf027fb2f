package org.mineledger.io.evidence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.mineledger.io.importer.FeaturePreview;
import org.mineledger.io.importer.SourceFeature;
import org.mineledger.io.importer.SourceLayer;
import org.mineledger.model.HazardReference;
import org.mineledger.model.evidence.SurveyEvidence;

/**
 * What an evidence import would store, before anything is written: each waypoint, track segment or CSV point
 * turned into a {@link SurveyEvidence} draft, or into problems saying where and why.
 */
public final class EvidencePreview implements FeaturePreview {
    private static final List<String> NAME = List.of("name", "label", "id");
    private static final List<String> TIME = List.of("time", "timestamp", "datetime", "date");
    private static final List<String> ELEVATION = List.of("ele", "elevation", "elevation_m", "alt", "altitude");
    private static final List<String> HAZARD = List.of("hazard", "hazard_ref", "hazard_area", "reference");
    private static final List<String> NOTES = List.of("notes", "desc", "description", "cmt", "comment");

    private final SourceLayer layer;
    private final List<EvidenceCandidate> candidates;

    private EvidencePreview(SourceLayer layer, List<EvidenceCandidate> candidates) {
        this.layer = layer;
        this.candidates = List.copyOf(candidates);
    }

    /**
     * Maps the features of {@code layer}; {@code hazard} (may be null) is the hazard area for features that do
     * not name one, and {@code knownHazards} the references of the workspace's areas a feature may name.
     */
    public static EvidencePreview of(SourceLayer layer, HazardReference hazard, Set<String> knownHazards) {
        List<EvidenceCandidate> out = new ArrayList<>();
        for (SourceFeature f : layer.features()) {
            if (!f.problems().isEmpty() || f.geometry() == null) {
                out.add(new EvidenceCandidate(f, 1, null, f.problems().isEmpty()
                        ? List.of("the feature has no position.") : f.problems()));
                continue;
            }
            Geometry g = f.geometry();
            for (int p = 0; p < g.getNumGeometries(); p++) {
                out.add(candidate(layer.file(), f, g.getNumGeometries() > 1 ? p + 1 : 1, g.getGeometryN(p), hazard,
                        knownHazards));
            }
        }
        return new EvidencePreview(layer, out);
    }

    private static EvidenceCandidate candidate(String file, SourceFeature f, int part, Geometry g,
            HazardReference defaultHazard, Set<String> knownHazards) {
        List<String> problems = new ArrayList<>();
        if (!(g instanceof Point || g instanceof LineString)) {
            problems.add("it is a " + g.getGeometryType() + "; survey evidence is waypoints (points) and tracks "
                    + "(lines). Import areas as hazard areas instead (without --evidence).");
        }
        Instant time = null;
        String timeText = value(f, TIME);
        if (!timeText.isEmpty()) {
            try {
                time = OffsetDateTime.parse(timeText).toInstant();
            } catch (DateTimeParseException e) {
                problems.add("time '" + timeText + "' is not an ISO 8601 time such as 2026-03-14T09:30:00Z.");
            }
        }
        Double elevation = null;
        String eleText = value(f, ELEVATION);
        if (!eleText.isEmpty()) {
            try {
                elevation = Double.valueOf(eleText);
                if (!Double.isFinite(elevation)) {
                    throw new NumberFormatException();
                }
            } catch (NumberFormatException e) {
                problems.add("elevation '" + eleText + "' is not a number of metres.");
                elevation = null;
            }
        }
        HazardReference hazard = defaultHazard;
        String hazardText = value(f, HAZARD);
        if (!hazardText.isEmpty()) {
            try {
                hazard = new HazardReference(hazardText.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add("hazard reference '" + hazardText + "': " + e.getMessage());
            }
        }
        if (hazard != null && problems.isEmpty() && !knownHazards.contains(hazard.value())) {
            problems.add("there is no hazard area " + hazard.value() + " in this workspace. Check the reference, "
                    + "or import without one.");
        }
        SurveyEvidence draft = null;
        if (problems.isEmpty()) {
            String feature = f.location() + (f.id().equals(String.valueOf(f.number())) ? "" : " '" + f.id() + "'")
                    + (part > 1 || f.geometry().getNumGeometries() > 1 ? " part " + part : "");
            try {
                draft = new SurveyEvidence(0, g, value(f, NAME), time, elevation, file, feature, hazard,
                        value(f, NOTES));
            } catch (IllegalArgumentException e) {
                problems.add(e.getMessage());
            }
        }
        return new EvidenceCandidate(f, part, draft, problems);
    }

    /** The first non-empty attribute among {@code names}, matched ignoring case. */
    private static String value(SourceFeature f, List<String> names) {
        for (String n : names) {
            for (String key : f.attributes().keySet()) {
                if (key.equalsIgnoreCase(n) && !f.text(key).isEmpty()) {
                    return f.text(key);
                }
            }
        }
        return "";
    }

    @Override
    public SourceLayer layer() {
        return layer;
    }

    public List<EvidenceCandidate> candidates() {
        return candidates;
    }

    @Override
    public List<EvidenceCandidate> ready() {
        return candidates.stream().filter(EvidenceCandidate::ready).toList();
    }

    @Override
    public List<EvidenceCandidate> withProblems() {
        return candidates.stream().filter(c -> !c.ready()).toList();
    }
}
