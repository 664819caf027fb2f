package org.mineledger.model.laid;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mineledger.model.laid.ComplianceFinding.Kind;

/**
 * Checks a laid-minefield record against the recording, marking/monitoring and self-destruction points of
 * CCW Amended Protocol II (1996): Article 5(2)(a) and Technical Annex paragraphs 1(a), 1(b) and 3(a), 3(b).
 * It says what is missing or out of bounds and names the field; it does not decide legality.
 */
public final class ComplianceCheck {
    /** Technical Annex 3(a): no more than 10 % fail to self-destruct within 30 days after emplacement. */
    public static final Duration MAX_SELF_DESTRUCT = Duration.ofDays(30);
    /** Technical Annex 3(a): with self-deactivation, no more than 1 in 1,000 functions 120 days after emplacement. */
    public static final Duration MAX_SELF_DEACTIVATION = Duration.ofDays(120);

    private final LaidMinefieldRecord record;
    private final List<ComplianceFinding> findings = new ArrayList<>();

    public ComplianceCheck(LaidMinefieldRecord record) {
        this.record = record;
        identity();
        location();
        strips();
        findings.addAll(new PerimeterPlacement(record).findings());
    }

    /** Every finding, in the order of the form; empty when the record meets every point checked. */
    public List<ComplianceFinding> findings() {
        return List.copyOf(findings);
    }

    public boolean isCompliant() {
        return findings.isEmpty();
    }

    private void identity() {
        MinefieldIdentity id = record.identity();
        missingIf(id.unit().isEmpty(), "unit", "Enter the unit that laid the minefield; the laying party keeps the "
                + "record.", "APII Art. 9(1)");
        missingIf(id.officerInCharge().isEmpty(), "officer in charge", "Enter the officer in charge of laying.",
                "APII TA 1(a)(iii)");
        missingIf(record.layingStarted() == null, "laying started", "Enter the date and time (UTC) laying started.",
                "APII TA 1(a)(iii)");
        missingIf(record.layingCompleted() == null, "laying completed",
                "Enter the date and time (UTC) laying was completed.", "APII TA 1(a)(iii)");
        missingIf(record.laidBy().isEmpty(), "laid by", "Enter who laid the minefield (name and rank).",
                "APII TA 1(a)(iii)");
        missingIf(record.verifiedBy().isEmpty(), "verified by",
                "Enter who verified the record on the ground (name and rank).", "APII TA 1(a)(iii)");
    }

    private void location() {
        missingIf(record.landmark().description().isEmpty(), "landmark",
                "Describe the landmark so that it can be found on the ground.", "APII TA 1(a)(ii)");
        missingIf(record.landmarkToReference() == null, "reference point",
                "Tie the reference point to the landmark by bearing and distance: the location needs at least two "
                        + "reference points.", "APII TA 1(a)(i)");
        findings.addAll(SignOffRule.blockers(record));
    }

    private void strips() {
        boolean phony = record.identity().type() == MinefieldType.PHONY;
        if (record.strips().isEmpty() && !phony) {
            missing("strips", "Record the strips (rows) with their start and end markers and the mines in each.",
                    "APII TA 1(a)(iii)");
        }
        boolean markedAreaNeeded = false;
        for (Strip s : record.strips()) {
            if (phony && !s.mines().isEmpty()) {
                findings.add(new ComplianceFinding("strip " + s.label(), Kind.OUT_OF_BOUNDS,
                        "A phony minefield holds no mines, but strip " + s.label() + " lists " + s.mineCount()
                                + ". Change the type or remove the mines.", "STANAG 2036"));
            }
            missingIf(s.startMarker().isEmpty(), "strip " + s.label() + " / start marker",
                    "Describe the start marker of strip " + s.label() + ".", "APII TA 1(a)(iii)");
            missingIf(s.endMarker().isEmpty(), "strip " + s.label() + " / end marker",
                    "Describe the end marker of strip " + s.label() + ".", "APII TA 1(a)(iii)");
            for (MineEntry m : s.mines()) {
                String f = "strip " + s.label() + " / " + m.model();
                missingIf(m.fuze().isEmpty(), f + " / fuze", "Enter the fuze type.", "APII TA 1(a)(iii)");
                if (m.category() == MineCategory.AP) {
                    markedAreaNeeded |= selfDestruction(m, f);
                }
            }
        }
        if (markedAreaNeeded) {
            missingIf(record.marking().isEmpty(), "marking", "Anti-personnel mines without compliant self-destruction "
                    + "must lie in a perimeter-marked area: record the marking and warning signs.", "APII Art. 5(2)(a)");
            missingIf(record.fencing().isEmpty(), "fencing", "Record the fencing or other means that keep civilians "
                    + "out of the area.", "APII Art. 5(2)(a)");
            missingIf(record.monitoring().isEmpty(), "monitoring", "Record how military personnel monitor the "
                    + "area until it is cleared.", "APII Art. 5(2)(a)");
        }
    }

    /**
     * Remotely delivered AP mines must self-destruct within 30 days and self-deactivate by 120 days (TA 3(a));
     * other AP mines either meet the same limits or must lie in a marked, fenced and monitored area (Art. 5(2)(a),
     * TA 3(b)). Returns true when the mine entry needs such an area.
     */
    private boolean selfDestruction(MineEntry m, String field) {
        boolean compliantTimes = within(m.selfDestruct(), MAX_SELF_DESTRUCT)
                && within(m.selfDeactivation(), MAX_SELF_DEACTIVATION);
        if (m.emplacement() != Emplacement.REMOTE) {
            return !compliantTimes;
        }
        if (m.selfDestruct() == null) {
            missing(field + " / self-destruct", "Remotely delivered AP mines need a self-destruct time of at most 30 "
                    + "days; enter it.", "APII TA 1(b), 3(a)");
        } else if (!within(m.selfDestruct(), MAX_SELF_DESTRUCT)) {
            outOfBounds(field + " / self-destruct", "Self-destruct time " + days(m.selfDestruct())
                    + " is longer than the 30 days allowed for remotely delivered AP mines.", "APII TA 3(a)");
        }
        if (m.selfDeactivation() == null) {
            missing(field + " / self-deactivation", "Remotely delivered AP mines need a back-up self-deactivation "
                    + "of at most 120 days; enter it.", "APII TA 3(a)");
        } else if (!within(m.selfDeactivation(), MAX_SELF_DEACTIVATION)) {
            outOfBounds(field + " / self-deactivation", "Self-deactivation time " + days(m.selfDeactivation())
                    + " is longer than the 120 days allowed.", "APII TA 3(a)");
        }
        return false;
    }

    private static boolean within(Duration d, Duration max) {
        return d != null && d.compareTo(max) <= 0;
    }

    private static String days(Duration d) {
        return String.format(Locale.ROOT, "%.1f days", d.toMinutes() / 1440.0);
    }

    private void missingIf(boolean condition, String field, String message, String rule) {
        if (condition) {
            missing(field, message, rule);
        }
    }

    private void missing(String field, String message, String rule) {
        findings.add(new ComplianceFinding(field, Kind.MISSING, message, rule));
    }

    private void outOfBounds(String field, String message, String rule) {
        findings.add(new ComplianceFinding(field, Kind.OUT_OF_BOUNDS, message, rule));
    }
}
