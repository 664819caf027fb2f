package org.mineledger.io.sample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.mineledger.store.DataFolder;
import org.mineledger.store.WorkspaceException;

/**
 * The student's own workspace for a walkthrough, {@code samples/ID-walkthrough.gpkg} in the data folder: made
 * from the bundled scenario on first start, kept between sessions, and made afresh on restart.
 */
public final class WalkthroughCopy {
    private final Path folder;

    /** Copies in the user's data folder. */
    public WalkthroughCopy() {
        this(DataFolder.ensureExists().resolve("samples"));
    }

    /** Copies in {@code folder}. */
    public WalkthroughCopy(Path folder) {
        this.folder = folder;
    }

    public Path path(String scenarioId) {
        return folder.resolve(scenarioId + "-walkthrough.gpkg");
    }

    /** The copy, made from the scenario when there is none yet; work already done in it is kept. */
    public Path ensure(String scenarioId) {
        Path p = path(scenarioId);
        if (!Files.exists(p)) {
            SampleInstaller.install(scenarioId, p);
        }
        return p;
    }

    /** Throws the copy away and makes it again from the scenario; the caller must have closed it. */
    public Path reset(String scenarioId) {
        Path p = path(scenarioId);
        for (String suffix : List.of("", "-wal", "-shm", "-journal")) {
            Path f = Path.of(p + suffix);
            try {
                Files.deleteIfExists(f);
            } catch (IOException e) {
                throw new WorkspaceException("Cannot remove the old walkthrough copy " + f + " (" + e.getMessage()
                        + "). Close any other program that has it open and restart again.", e);
            }
        }
        SampleInstaller.install(scenarioId, p);
        return p;
    }
}
