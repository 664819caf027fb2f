package org.mineledger.plan.monitoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.mineledger.model.HazardReference;

/**
 * What a team found when it inspected the marking of one area.
 *
 * @param id               database id, 0 before it is stored
 * @param missingSigns     numbers of signs not found (S-004 ...)
 * @param damagedSigns     numbers of signs found damaged or unreadable
 * @param fenceBreaches    places where the fence or tape is broken
 * @param evidenceOfEntry  footprints, cut wire, grazing animals or other signs that someone went in
 * @param reviewsDone      this inspection also made the self-destruct/self-deactivation review that was due
 * @param attachments      file names of the photos stored with it
 */
public record InspectionRecord(long id, HazardReference area, LocalDate date, String inspector, String team,
        List<String> missingSigns, List<String> damagedSigns, int fenceBreaches, boolean evidenceOfEntry,
        boolean reviewsDone, String notes, List<String> attachments) {
    private static final Pattern SIGN = Pattern.compile("S-\\d{3,}");

    public InspectionRecord {
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(date, "date");
        inspector = inspector == null ? "" : inspector.strip();
        team = team == null ? "" : team.strip();
        notes = notes == null ? "" : notes.strip();
        missingSigns = signs(missingSigns, "missing");
        damagedSigns = signs(damagedSigns, "damaged");
        attachments = List.copyOf(attachments);
        if (inspector.isEmpty()) {
            throw new IllegalArgumentException("Enter the name of the inspector for the inspection of " + area
                    + " on " + date + ".");
        }
        if (fenceBreaches < 0) {
            throw new IllegalArgumentException("Fence breaches cannot be negative (" + fenceBreaches + ").");
        }
    }

    /** True when nothing needs putting right. */
    public boolean passed() {
        return missingSigns.isEmpty() && damagedSigns.isEmpty() && fenceBreaches == 0 && !evidenceOfEntry;
    }

    /** The tasks this inspection's failed items create, with due dates from {@code rules}. */
    public List<FollowUp> followUps(FollowUpRules rules) {
        List<FollowUp> out = new ArrayList<>();
        for (String s : missingSigns) {
            out.add(task("Replace missing sign " + s, rules.missingSign()));
        }
        for (String s : damagedSigns) {
            out.add(task("Repair or replace damaged sign " + s, rules.damagedSign()));
        }
        if (fenceBreaches > 0) {
            out.add(task("Close " + fenceBreaches + " breach(es) in the fence or tape", rules.fenceBreach()));
        }
        if (evidenceOfEntry) {
            out.add(task("Report evidence of entry to the authority and re-inspect", rules.entry()));
        }
        return out;
    }

    public InspectionRecord withId(long newId) {
        return new InspectionRecord(newId, area, date, inspector, team, missingSigns, damagedSigns, fenceBreaches,
                evidenceOfEntry, reviewsDone, notes, attachments);
    }

    private FollowUp task(String what, int days) {
        return new FollowUp(0, id, area, team, what + " (" + area + ")", date.plusDays(days), Optional.empty());
    }

    private static List<String> signs(List<String> numbers, String what) {
        List<String> out = new ArrayList<>();
        for (String n : numbers) {
            String t = n == null ? "" : n.strip().toUpperCase(java.util.Locale.ROOT);
            if (!SIGN.matcher(t).matches()) {
                throw new IllegalArgumentException("'" + n + "' in the " + what
                        + " signs is not a sign number; write them as on the marking plan, e.g. S-004.");
            }
            out.add(t);
        }
        return List.copyOf(out);
    }
}
