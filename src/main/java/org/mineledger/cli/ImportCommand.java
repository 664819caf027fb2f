package org.mineledger.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.mineledger.geo.CoordinateSystem;
import org.mineledger.io.DataFileException;
import org.mineledger.io.csv.CsvLayout;
import org.mineledger.io.evidence.EvidenceImport;
import org.mineledger.io.evidence.EvidencePreview;
import org.mineledger.io.importer.FieldMapping;
import org.mineledger.io.importer.ImportCandidate;
import org.mineledger.io.importer.ImportLimits;
import org.mineledger.io.importer.ImportOptions;
import org.mineledger.io.importer.ImportPreview;
import org.mineledger.io.importer.ImportSession;
import org.mineledger.model.HazardArea;
import org.mineledger.model.HazardKind;
import org.mineledger.model.HazardReference;
import org.mineledger.model.HazardStatus;
import org.mineledger.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mineledger import WORKSPACE FILE}: previews a file's features with their problems, then imports them. */
@Command(name = "import", description = "Import hazard areas from GeoJSON, KML/KMZ, Shapefile, GeoPackage, GPX or "
        + "CSV. Lists the problems of each feature first; the import is all or nothing.")
public final class ImportCommand implements Callable<Integer> {
    private static final int MAX_LISTED = 200;
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "WORKSPACE", description = "the .gpkg workspace")
    Path workspace;
    @Parameters(index = "1", paramLabel = "FILE", description = "the file to import")
    Path file;
    @Option(names = "--layer", description = "GeoPackage layer (table) to import")
    String layer;
    @Option(names = "--map", paramLabel = "FIELD=ATTR", description = "take a field (reference, name, kind, status, "
            + "notes) from a source attribute, e.g. --map name=SITE_NAME")
    List<String> map = new ArrayList<>();
    @Option(names = "--dry-run", description = "only show what would be imported; write nothing")
    boolean dryRun;
    @Option(names = "--kind", description = "kind for features without one: SHA, CHA or LMF")
    String kind;
    @Option(names = "--status", description = "status for features without one (default active)")
    String status;
    @Option(names = "--crs", paramLabel = "EPSG:N", description = "coordinate system of a shapefile without a usable .prj")
    String crs;
    @Option(names = "--renumber", description = "give every imported area a new reference (the next free HA-nnnn); "
            + "the file's own reference is kept in the area's notes")
    boolean renumber;
    @Option(names = "--skip-bad", description = "import the good features even when others have problems")
    boolean skipBad;
    @Option(names = "--lat", description = "CSV: latitude column")
    String lat;
    @Option(names = "--lon", description = "CSV: longitude column")
    String lon;
    @Option(names = "--position", description = "CSV: column of positions in --system (UTM, MGRS, grid)")
    String position;
    @Option(names = "--system", description = "CSV: system of --position: latlon, dms, utm, mgrs, epsg:3067…")
    String system;
    @Option(names = "--polygon", description = "CSV: column naming the polygon each row is a vertex of")
    String polygon;
    @Option(names = "--max-size-mb", description = "refuse files bigger than this (default ${DEFAULT-VALUE})")
    long maxSizeMb = ImportLimits.DEFAULT.maxFileBytes() >> 20;
    @Option(names = "--user", description = "who is importing, for the audit trail")
    String user;
    @Option(names = "--evidence", description = "import GPS waypoints and tracks (GPX, CSV of points) as survey "
            + "evidence (points and lines), not as hazard areas")
    boolean evidence;
    @Option(names = "--hazard", paramLabel = "HA-0001", description = "with --evidence: the hazard area the "
            + "evidence belongs to (for features that do not name one)")
    String hazard;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ImportOptions options = new ImportOptions(ImportLimits.DEFAULT.withMaxFileBytes(maxSizeMb << 20), layer,
                crs == null ? null : epsg(crs), new CsvLayout(lat, lon, position,
                        system == null ? null : CoordinateSystem.of(system), polygon),
                FieldMapping.parse(map), kind == null ? null : HazardKind.parse(kind),
                status == null ? null : HazardStatus.parse(status), renumber);
        try (Workspace ws = Workspace.open(workspace)) {
            if (user != null) {
                ws.setUser(user);
            }
            if (evidence || hazard != null) {
                return importEvidence(ws, options, out, err);
            }
            ImportSession session = new ImportSession(ws, file);
            ImportPreview preview = session.preview(options);
            report(preview, out);
            if (dryRun) {
                out.println("Dry run: nothing was written.");
                return preview.canImport(skipBad) ? 0 : MineLedgerCommand.USER_ERROR;
            }
            List<HazardArea> stored = session.commit(preview, skipBad,
                    new ProgressBar(err, "Importing", preview.ready().size()));
            out.println("Imported " + stored.size() + " hazard area(s) into " + ws.file() + ".");
            return 0;
        } catch (DataFileException e) {
            err.println(e.getMessage());
            return MineLedgerCommand.USER_ERROR;
        }
    }

    private int importEvidence(Workspace ws, ImportOptions options, PrintWriter out, PrintWriter err) {
        EvidenceImport session = new EvidenceImport(ws, file);
        EvidencePreview p = session.preview(options, hazard == null ? null : new HazardReference(hazard));
        out.println("File: " + p.layer().file() + ", " + p.layer().features().size()
                + " feature(s), as survey evidence");
        p.layer().fileProblems().forEach(x -> out.println("  PROBLEM (whole file): " + x));
        p.withProblems().stream().limit(MAX_LISTED).forEach(c -> {
            out.println("  " + p.layer().file() + ", " + c.source().location() + " (id " + c.source().id() + "):");
            c.problems().forEach(x -> out.println("    - " + x));
        });
        long points = p.ready().stream().filter(c -> c.draft().isPoint()).count();
        out.println("Summary: " + points + " point(s) and " + (p.ready().size() - points) + " line(s) ready to "
                + "import, " + p.withProblems().size() + " with problems.");
        if (dryRun) {
            out.println("Dry run: nothing was written.");
            return p.canImport(skipBad) ? 0 : MineLedgerCommand.USER_ERROR;
        }
        int stored = session.commit(p, skipBad, new ProgressBar(err, "Importing", p.ready().size())).size();
        out.println("Imported " + stored + " survey evidence feature(s) into " + ws.file() + ".");
        return 0;
    }

    private static void report(ImportPreview p, PrintWriter out) {
        out.println("File: " + p.layer().file() + " (layer " + p.layer().layer() + "), "
                + p.layer().features().size() + " feature(s)");
        p.layer().fileProblems().forEach(x -> out.println("  PROBLEM (whole file): " + x));
        int listed = 0;
        for (ImportCandidate c : p.withProblems()) {
            if (listed++ >= MAX_LISTED) {
                out.println("  … and " + (p.withProblems().size() - MAX_LISTED) + " more feature(s) with problems.");
                break;
            }
            out.println("  " + p.layer().file() + ", " + c.source().location() + " (id " + c.featureLabel() + "):");
            c.problems().forEach(x -> out.println("    - " + x));
        }
        p.splits().forEach(x -> out.println("  SPLIT: " + x));
        out.println("Summary: " + p.ready().size() + " area(s) ready to import, " + p.withProblems().size()
                + " with problems, " + p.layer().fileProblems().size() + " problem(s) with the whole file.");
    }

    private static Integer epsg(String text) {
        String t = text.strip().toUpperCase(Locale.ROOT).replace("EPSG:", "");
        try {
            return Integer.valueOf(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--crs " + text + " is not an EPSG code such as EPSG:32636.");
        }
    }
}
