package org.mineledger.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.mineledger.model.HazardReference;
import org.mineledger.plan.monitoring.MonitoringSettings;
import org.mineledger.plan.monitoring.SelfDestructSpec;
import org.mineledger.store.MonitoringStore;
import org.mineledger.store.Workspace;
import org.mineledger.store.WorkspaceException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mineledger monitor-setup WORKSPACE HA-0001 --team T}: who monitors an area, how often, SD/SDA data. */
@Command(name = "monitor-setup",
        description = "Sets how an area is monitored: the team, whether it lies near a settlement (monthly "
                + "inspections for laid minefields and confirmed areas; otherwise every 3 months), the first day "
                + "of monitoring, and for a laid minefield the self-destruct and self-deactivation times.")
public final class MonitorSetupCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "WORKSPACE")
    Path file;

    @Parameters(index = "1", paramLabel = "AREA", description = "hazard area reference, e.g. HA-0001")
    String area;

    @Option(names = "--team", paramLabel = "TEAM", description = "team responsible (default: as stored)")
    String team;

    @Option(names = "--near-settlement", paramLabel = "true|false", arity = "1",
            description = "homes, roads or farmland close by (default: as stored; true for an area not yet set up)")
    Boolean nearSettlement;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "first day of monitoring (default: as "
            + "stored; for an area not yet set up, the day the area was recorded)")
    LocalDate from;

    @Option(names = "--laying-completed", paramLabel = "TIME", description = "UTC time laying was completed, "
            + "e.g. 2026-01-10T12:00:00Z")
    String layingCompleted;

    @Option(names = "--self-destruct", paramLabel = "TIME", description = "after laying, e.g. 720h, 30d or P30D")
    String selfDestruct;

    @Option(names = "--self-deactivation", paramLabel = "TIME", description = "after laying, e.g. 120d")
    String selfDeactivation;

    @Override
    public Integer call() {
        HazardReference ref = new HazardReference(area.strip().toUpperCase(Locale.ROOT));
        Optional<SelfDestructSpec> sd = selfDestruct(); // checked before the workspace is opened
        try (Workspace ws = Workspace.open(file)) {
            if (ws.hazard(ref).isEmpty()) {
                throw new WorkspaceException("There is no hazard area " + ref + " in " + ws.file()
                        + ". Run 'mineledger info' to see the areas it holds.");
            }
            MonitoringStore store = new MonitoringStore(ws);
            MonitoringSettings stored = store.records().settings(ref);
            store.saveSetup(new MonitoringSettings(ref, team != null ? team : stored.team(),
                    nearSettlement != null ? nearSettlement : stored.nearSettlement(),
                    from != null ? Optional.of(from) : stored.monitoringFrom()), sd);
        }
        spec.commandLine().getOut().println("Monitoring of " + ref + " set.");
        return 0;
    }

    /** The self-destruct data given, empty when none; all three options or none. */
    private Optional<SelfDestructSpec> selfDestruct() {
        if (layingCompleted == null && selfDestruct == null && selfDeactivation == null) {
            return Optional.empty();
        }
        if (layingCompleted == null || selfDestruct == null || selfDeactivation == null) {
            throw new IllegalArgumentException("Give all three of --laying-completed, --self-destruct and "
                    + "--self-deactivation, from the laying record; nothing was changed.");
        }
        return Optional.of(new SelfDestructSpec(instant(layingCompleted), duration(selfDestruct),
                duration(selfDeactivation)));
    }

    private static Instant instant(String text) {
        try {
            return Instant.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not a UTC time such as 2026-01-10T12:00:00Z.", e);
        }
    }

    /** Reads 720h, 30d or an ISO-8601 duration (P30D, PT720H). */
    static Duration duration(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        try {
            if (t.matches("\\d+h")) {
                return Duration.ofHours(Long.parseLong(t.substring(0, t.length() - 1)));
            }
            if (t.matches("\\d+d")) {
                return Duration.ofDays(Long.parseLong(t.substring(0, t.length() - 1)));
            }
            return Duration.parse(text.strip().toUpperCase(Locale.ROOT));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not a time span: write 720h, 30d or P30D.", e);
        }
    }
}
