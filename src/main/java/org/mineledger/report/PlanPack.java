package org.mineledger.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.mineledger.geo.CoordinateFormatter;
import org.mineledger.geo.CoordinateSystem;
import org.mineledger.geo.Grid;
import org.mineledger.geo.Precision;
import org.mineledger.map.BaseMap;
import org.mineledger.model.HazardArea;
import org.mineledger.plan.clearance.Assignment;
import org.mineledger.plan.clearance.Plan;
import org.mineledger.plan.clearance.PlanningDetails;
import org.mineledger.plan.clearance.WorkUnit;

/**
 * A whole plan as one PDF: the summary pages, then one task sheet per scheduled task. Reports progress after
 * each sheet and stops when asked, leaving no partial file behind.
 */
public final class PlanPack {
    /** Told after each step: {@code done} of {@code total} sheets, and what was just made. */
    @FunctionalInterface
    public interface Progress {
        void update(int done, int total, String what);
    }

    private final List<BaseMap> baseMaps;
    private final List<HazardArea> hazards;
    private final CoordinateSystem coordinates;
    private final String classification;
    private final String trainingBanner;
    private final WorkLayout layout;
    private final Map<String, PlanningDetails> details;

    public PlanPack(List<BaseMap> baseMaps, List<HazardArea> hazards, CoordinateSystem coordinates,
            String classification, String trainingBanner, WorkLayout layout) {
        this(baseMaps, hazards, coordinates, classification, trainingBanner, layout, Map.of());
    }

    /** @param details each hazard's planning details, by reference: their field notes print on its sheets */
    public PlanPack(List<BaseMap> baseMaps, List<HazardArea> hazards, CoordinateSystem coordinates,
            String classification, String trainingBanner, WorkLayout layout, Map<String, PlanningDetails> details) {
        this.baseMaps = List.copyOf(baseMaps);
        this.hazards = List.copyOf(hazards);
        this.coordinates = Objects.requireNonNull(coordinates, "coordinates");
        this.classification = classification;
        this.trainingBanner = trainingBanner == null ? "" : trainingBanner;
        this.layout = Objects.requireNonNull(layout, "layout");
        this.details = Map.copyOf(details);
    }

    /**
     * Writes the pack to {@code out} (replacing it only when complete).
     *
     * @throws CancellationException when {@code cancelled} turns true; nothing is written then
     */
    public void write(Plan plan, Path out, Progress progress, BooleanSupplier cancelled) {
        Path dir = out.toAbsolutePath().getParent();
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("The folder " + dir + " does not exist; create it or choose another"
                    + " place for " + out.getFileName() + ".");
        }
        Map<String, HazardArea> byRef = new HashMap<>();
        hazards.forEach(h -> byRef.put(h.reference().value(), h));
        for (Assignment a : plan.assignments()) {
            if (!byRef.containsKey(a.task().hazardReference())) {
                throw new IllegalArgumentException("Task " + a.task().id() + " is for hazard "
                        + a.task().hazardReference() + ", which is not in this workspace; re-plan from the workspace.");
            }
        }
        CoordinateFormatter noteCoordinates = new CoordinateFormatter(coordinates, Precision.METRE);
        TaskSheetPdf sheets = new TaskSheetPdf(baseMaps, hazards, coordinates, classification, trainingBanner);
        int total = plan.assignments().size();
        Path tmp = null;
        try (PDDocument doc = new PDDocument()) {
            int coverPages = new PlanCoverPdf(classification, trainingBanner).addPages(doc, plan);
            progress.update(0, total, "summary");
            int n = 0;
            for (Assignment a : plan.assignments()) {
                if (cancelled.getAsBoolean()) {
                    throw new CancellationException("Printing was cancelled after " + n + " of " + total
                            + " task sheets; no file was written.");
                }
                HazardArea hazard = byRef.get(a.task().hazardReference());
                Grid grid = WorkLayout.gridFor(hazard, coordinates);
                List<WorkUnit> units = layout.units(hazard, grid);
                String described = layout.describe(grid, units) + a.task().dependsOn().map(survey -> String.format(
                        Locale.ROOT, "; they cover the whole suspected area: clear only the ones technical survey %s "
                        + "confirms (%,.0f m² assumed)", survey, a.task().areaM2())).orElse("");
                sheets.addPage(doc, new TaskSheetInput(a, hazard, units, described,
                        notes(hazard, noteCoordinates)), coverPages + n + 1, coverPages + total);
                n++;
                progress.update(n, total, a.task().id());
            }
            tmp = Files.createTempFile(dir, ".plan-pack", ".pdf.part");
            doc.save(tmp.toFile());
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
            tmp = null;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the plan pack " + out + ": " + e.getMessage(), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the partial file is hidden and named .part; leaving it is harmless
                }
            }
        }
    }

    private TaskSheetInput.Notes notes(HazardArea hazard, CoordinateFormatter noteCoordinates) {
        PlanningDetails d = details.get(hazard.reference().value());
        return d == null ? TaskSheetInput.Notes.blank() : TaskSheetInput.Notes.of(d, noteCoordinates);
    }
}
