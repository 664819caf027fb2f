package org.mineledger.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a handover (completion) certificate states besides the area itself (IMAS 04.10 handover; IMAS 08.30
 * post-clearance documentation).
 *
 * @param methods            how the land was released, e.g. "non-technical survey", "manual clearance"
 * @param depthCm            clearance depth in cm set by the national authority (0 when land was cancelled
 *                           without clearance)
 * @param workStarted        first day of work
 * @param workCompleted      last day of work
 * @param handoverDate       day the land is handed over
 * @param organisation       the operator that released the land
 * @param receivingAuthority the community or authority receiving it
 * @param signatories        "Name, role" of everyone who signs, each given a signature line
 * @param releaseEvidence    where the release of land that the workspace's land-release records do not cover is
 *                           documented (a completion report, say), printed on the certificate; empty when the
 *                           records cover all of it
 */
public record HandoverDetails(List<String> methods, int depthCm, LocalDate workStarted, LocalDate workCompleted,
        LocalDate handoverDate, String organisation, String receivingAuthority, List<String> signatories,
        String releaseEvidence) {
    /** Details for land whose release the workspace's land-release records cover in full. */
    public HandoverDetails(List<String> methods, int depthCm, LocalDate workStarted, LocalDate workCompleted,
            LocalDate handoverDate, String organisation, String receivingAuthority, List<String> signatories) {
        this(methods, depthCm, workStarted, workCompleted, handoverDate, organisation, receivingAuthority, signatories,
                "");
    }

    public HandoverDetails {
        releaseEvidence = releaseEvidence == null ? "" : releaseEvidence.strip();
        methods = List.copyOf(methods);
        signatories = List.copyOf(signatories);
        Objects.requireNonNull(workStarted, "workStarted");
        Objects.requireNonNull(workCompleted, "workCompleted");
        Objects.requireNonNull(handoverDate, "handoverDate");
        if (methods.isEmpty()) {
            throw new IllegalArgumentException("Name at least one release method (e.g. manual clearance).");
        }
        if (depthCm < 0 || depthCm > 500) {
            throw new IllegalArgumentException("Clearance depth " + depthCm + " cm is not possible; enter 0 to 500 cm.");
        }
        if (workCompleted.isBefore(workStarted) || handoverDate.isBefore(workCompleted)) {
            throw new IllegalArgumentException("Dates out of order: work " + workStarted + " to " + workCompleted
                    + ", handover " + handoverDate + ". Work must end on or after it starts, and handover follow it.");
        }
        if (organisation == null || organisation.isBlank() || receivingAuthority == null
                || receivingAuthority.isBlank()) {
            throw new IllegalArgumentException("A handover certificate needs the organisation and the receiving "
                    + "community or authority.");
        }
        if (signatories.isEmpty()) {
            throw new IllegalArgumentException("Name at least one signatory (\"Name, role\").");
        }
    }
}
