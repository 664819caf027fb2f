package org.mineledger.plan.clearance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.mineledger.geo.GeoPoint;

/**
 * What the planner knows about one hazard beyond its polygon: the priority facts (blocked access, community
 * request, casualties), the ground and depth its clearance is planned with, and the field notes printed on its
 * task sheets. Empty values mean "not known": the planner then uses its defaults and the sheet prints blank lines.
 *
 * @param reference        hazard reference, e.g. {@code HA-0001}
 * @param blockedNote      what the hazard blocks, e.g. {@code road to the school}
 * @param requestDate      when the community asked for clearance
 * @param requestSource    who asked, e.g. {@code village council}
 * @param casualties       people killed or injured in or near the area, as reported
 * @param lastCasualty     date of the last reported casualty
 * @param ground           vegetation/soil class the productivity catalogue is read with; empty: the task default
 * @param depthCm          clearance depth set for this hazard, cm; empty: the task default
 * @param markingReference e.g. the marking plan or the sign numbers on the ground
 */
public record PlanningDetails(String reference, boolean blockedAccess, String blockedNote, boolean communityRequest,
        Optional<LocalDate> requestDate, String requestSource, int casualties, Optional<LocalDate> lastCasualty,
        Optional<GroundClass> ground, OptionalInt depthCm, String accessRoute, String safeLane,
        Optional<MedevacPoint> medevac, String markingReference) {
    /** Deepest clearance depth accepted, cm (beyond it the task is an excavation plan, not a depth setting). */
    public static final int MAX_DEPTH_CM = 500;

    /**
     * The emergency/medevac point: where a casualty is taken to be evacuated.
     *
     * @param position    on WGS84
     * @param asTyped     the coordinate as the user typed it (any supported system), kept for the record
     * @param description e.g. {@code village school, helicopter landing site}
     */
    public record MedevacPoint(GeoPoint position, String asTyped, String description) {
        public MedevacPoint {
            Objects.requireNonNull(position, "position");
            asTyped = clean(asTyped);
            description = clean(description);
        }
    }

    public PlanningDetails {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(requestDate, "requestDate");
        Objects.requireNonNull(lastCasualty, "lastCasualty");
        Objects.requireNonNull(ground, "ground");
        Objects.requireNonNull(depthCm, "depthCm");
        Objects.requireNonNull(medevac, "medevac");
        blockedNote = clean(blockedNote);
        requestSource = clean(requestSource);
        accessRoute = clean(accessRoute);
        safeLane = clean(safeLane);
        markingReference = clean(markingReference);
        if (casualties < 0 || casualties > 10_000) {
            throw new IllegalArgumentException("Hazard " + reference + ": casualties reported " + casualties
                    + " must be a count from 0 to 10,000.");
        }
        if (casualties == 0 && lastCasualty.isPresent()) {
            throw new IllegalArgumentException("Hazard " + reference + ": a last casualty date (" + lastCasualty.get()
                    + ") is given but no casualties; enter the number of casualties reported or clear the date.");
        }
        if (depthCm.isPresent() && (depthCm.getAsInt() < 1 || depthCm.getAsInt() > MAX_DEPTH_CM)) {
            throw new IllegalArgumentException("Hazard " + reference + ": clearance depth " + depthCm.getAsInt()
                    + " cm must be between 1 and " + MAX_DEPTH_CM + " cm.");
        }
        if (!blockedAccess && !blockedNote.isEmpty()) {
            throw new IllegalArgumentException("Hazard " + reference + ": a blocked-access note ('" + blockedNote
                    + "') is given but access is not marked as blocked; tick 'blocks access' or clear the note.");
        }
        if (!communityRequest && (requestDate.isPresent() || !requestSource.isEmpty())) {
            throw new IllegalArgumentException("Hazard " + reference + ": a community request date or source is"
                    + " given but no community request is marked; tick 'community request' or clear them.");
        }
    }

    /** Nothing known beyond the polygon. */
    public static PlanningDetails none(String reference) {
        return new PlanningDetails(reference, false, "", false, Optional.empty(), "", 0, Optional.empty(),
                Optional.empty(), OptionalInt.empty(), "", "", Optional.empty(), "");
    }

    /** Only the three priority facts (as the {@code plan} command's options give them). */
    public static PlanningDetails priorityFacts(String reference, boolean blocked, boolean request, int casualties) {
        return new PlanningDetails(reference, blocked, "", request, Optional.empty(), "", casualties, Optional.empty(),
                Optional.empty(), OptionalInt.empty(), "", "", Optional.empty(), "");
    }

    public PlanningDetails withBlockedAccess(boolean blocked, String note) {
        return new PlanningDetails(reference, blocked, note, communityRequest, requestDate, requestSource, casualties,
                lastCasualty, ground, depthCm, accessRoute, safeLane, medevac, markingReference);
    }

    public PlanningDetails withCommunityRequest(boolean request, Optional<LocalDate> date, String source) {
        return new PlanningDetails(reference, blockedAccess, blockedNote, request, date, source, casualties,
                lastCasualty, ground, depthCm, accessRoute, safeLane, medevac, markingReference);
    }

    public PlanningDetails withCasualties(int count, Optional<LocalDate> last) {
        return new PlanningDetails(reference, blockedAccess, blockedNote, communityRequest, requestDate,
                requestSource, count, last, ground, depthCm, accessRoute, safeLane, medevac, markingReference);
    }

    public PlanningDetails withGround(Optional<GroundClass> newGround, OptionalInt newDepthCm) {
        return new PlanningDetails(reference, blockedAccess, blockedNote, communityRequest, requestDate,
                requestSource, casualties, lastCasualty, newGround, newDepthCm, accessRoute, safeLane, medevac,
                markingReference);
    }

    public PlanningDetails withFieldNotes(String newAccessRoute, String newSafeLane, Optional<MedevacPoint> newMedevac,
            String newMarkingReference) {
        return new PlanningDetails(reference, blockedAccess, blockedNote, communityRequest, requestDate,
                requestSource, casualties, lastCasualty, ground, depthCm, newAccessRoute, newSafeLane, newMedevac,
                newMarkingReference);
    }

    /** {@code blocks access: road to school}, for the priority reason. */
    String blockedText() {
        return "blocks access" + (blockedNote.isEmpty() ? "" : ": " + blockedNote);
    }

    /** {@code community request 2026-03-01 (village council)}. */
    String requestText() {
        List<String> when = new ArrayList<>();
        requestDate.ifPresent(d -> when.add(d.toString()));
        if (!requestSource.isEmpty()) {
            when.add("(" + requestSource + ")");
        }
        return "community request" + (when.isEmpty() ? "" : " " + String.join(" ", when));
    }

    /** {@code 2 casualties reported, last 2026-02-10}. */
    String casualtyText() {
        return String.format(Locale.ROOT, "%d %s reported", casualties, casualties == 1 ? "casualty" : "casualties")
                + lastCasualty.map(d -> ", last " + d).orElse("");
    }

    private static String clean(String s) {
        return s == null ? "" : s.strip();
    }
}
