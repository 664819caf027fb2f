package org.mineledger.io.sample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.mineledger.io.BundledResources;
import org.mineledger.store.Workspace;

/**
 * Writes a bundled sample scenario into a new workspace file, marked as training data: its hazard areas and
 * every optional record file it carries (laid-minefield record, surveys and finds, monitoring history).
 */
public final class SampleInstaller {
    private SampleInstaller() {
    }

    /** Creates {@code target} (which must not exist) holding the sample {@code sampleId}; returns the scenario. */
    public static SampleScenario install(String sampleId, Path target) {
        SampleScenario scenario = new SampleCatalog().load(sampleId);
        Workspace workspace = Workspace.create(target);
        try (workspace) {
            workspace.markTraining(scenario.banner(), scenario.id());
            workspace.addAll(scenario.hazardAreas());
            new ScenarioRecords(new BundledResources()).loadInto(workspace, scenario.id());
        } catch (RuntimeException e) {
            // A half-installed scenario would teach from incomplete records: leave no file behind.
            try {
                Files.deleteIfExists(target);
            } catch (IOException io) {
                e.addSuppressed(io);
            }
            throw e;
        }
        return scenario;
    }
}
