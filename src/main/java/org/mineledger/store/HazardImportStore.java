package org.mineledger.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.IntConsumer;
import org.mineledger.model.HazardArea;
import org.mineledger.store.AuditEntry.Action;

/**
 * Stores imported hazard areas: all of them in one transaction, or none. Each audit entry's after-JSON carries
 * {@code "source": {"file": ..., "feature": ...}} so every imported area can be traced to its source feature.
 */
public final class HazardImportStore {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final Workspace workspace;

    public HazardImportStore(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Every hazard-area reference this workspace ever used, deleted areas included; new ones must avoid them. */
    public Set<String> referencesEverUsed() {
        synchronized (workspace) {
            return workspace.read(() -> new HashSet<>(HazardAreaTable.referencesEverUsed(workspace.connection())));
        }
    }

    /**
     * Adds {@code drafts} (id 0), {@code sources.get(i)} being where {@code drafts.get(i)} came from.
     * {@code progress} receives the number stored so far; it may throw {@link CancellationException} to cancel,
     * and then nothing is stored.
     */
    public List<HazardArea> importAll(List<HazardArea> drafts, List<ImportSource> sources, IntConsumer progress) {
        if (drafts.size() != sources.size()) {
            throw new IllegalArgumentException("Each imported area needs its source: " + drafts.size() + " areas, "
                    + sources.size() + " sources.");
        }
        synchronized (workspace) {
            return workspace.write(drafts.size() + " imported hazard areas", () -> {
                List<HazardArea> out = new ArrayList<>(drafts.size());
                Instant now = workspace.now();
                for (int i = 0; i < drafts.size(); i++) {
                    if (Thread.currentThread().isInterrupted()) {
                        throw new CancellationException("Import cancelled; nothing was stored.");
                    }
                    HazardArea d = drafts.get(i);
                    if (d.id() != 0) {
                        throw new IllegalArgumentException("Hazard area " + d.reference() + " is already stored.");
                    }
                    HazardArea normal = new HazardArea(0, d.reference(), d.name(), d.kind(), d.status(), d.polygon(),
                            d.notes(), UtcTime.stored(d.createdAt()), UtcTime.stored(d.updatedAt()));
                    long id = HazardAreaTable.insert(workspace.connection(), normal);
                    HazardArea stored = normal.withId(id);
                    AuditLog.append(workspace.connection(), now, workspace.user(), Action.CREATE,
                            HazardAreaTable.ENTITY, id, null, withSource(HazardJson.write(stored), sources.get(i)));
                    out.add(stored);
                    progress.accept(i + 1);
                }
                HazardAreaTable.refreshContents(workspace.connection(), now);
                return out;
            });
        }
    }

    private static String withSource(String json, ImportSource source) {
        try {
            ObjectNode o = (ObjectNode) MAPPER.readTree(json);
            ObjectNode s = o.putObject(HazardJson.SOURCE_KEY);
            s.put("file", source.file());
            s.put("feature", source.feature());
            return MAPPER.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot add the import source to the audit entry", e);
        }
    }
}
