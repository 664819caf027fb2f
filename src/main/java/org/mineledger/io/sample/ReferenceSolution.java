package org.mineledger.io.sample;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import org.mineledger.io.BundledResources;
import org.mineledger.io.geojson.HazardAreaReader;
import org.mineledger.model.HazardArea;
import org.mineledger.store.Workspace;

/**
 * The trainer's reference solution of a scenario's walkthrough: the hazard areas as they should stand when
 * every step is done ({@code "solution"} in the manifest, a hazard-area GeoJSON file).
 */
public final class ReferenceSolution {
    private final BundledResources resources;

    public ReferenceSolution() {
        this(new BundledResources());
    }

    public ReferenceSolution(BundledResources resources) {
        this.resources = resources;
    }

    /** The areas of the solution, unsaved, created at the manifest's time. */
    public List<HazardArea> areas(String scenarioId) {
        String folder = "samples/" + scenarioId + "/";
        JsonNode m = resources.readJson(folder + "manifest.json");
        if (!m.hasNonNull("solution")) {
            throw new SampleException("The sample '" + scenarioId + "' has no reference solution.");
        }
        String file = folder + BundledResources.requiredText(m, "solution", folder + "manifest.json");
        Instant createdAt = Instant.parse(BundledResources.requiredText(m, "createdAt", folder + "manifest.json"));
        try (InputStream in = resources.open(file)) {
            return new HazardAreaReader().read(in, file, createdAt);
        } catch (IOException e) {
            throw new SampleException(file + " cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * Brings {@code workspace} to the solution the way a student would: areas of the solution are added when
     * their reference is new and updated (kind, status, boundary, name, notes) when it exists; others stay.
     */
    public static void applyTo(Workspace workspace, List<HazardArea> solution) {
        for (HazardArea target : solution) {
            var existing = workspace.hazard(target.reference());
            if (existing.isEmpty()) {
                workspace.add(target);
            } else {
                HazardArea was = existing.get();
                workspace.update(new HazardArea(was.id(), was.reference(), target.name(), target.kind(), target.status(),
                        target.polygon(), target.notes(), was.createdAt(), Instant.now()));
            }
        }
    }
}
