package org.mineledger.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import org.mineledger.io.DataFileException;
import org.mineledger.io.export.ExportFormat;
import org.mineledger.io.export.ExportTarget;
import org.mineledger.model.HazardArea;
import org.mineledger.model.HazardKind;
import org.mineledger.model.HazardStatus;
import org.mineledger.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mineledger export WORKSPACE --format F OUT}: writes hazard areas (all or a selection) to a file. */
@Command(name = "export", description = "Export hazard areas as GeoPackage, GeoJSON, KML, Shapefile, GPX or CSV.")
public final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "WORKSPACE", description = "the .gpkg workspace")
    Path workspace;
    @Parameters(index = "1", paramLabel = "OUT", description = "the file to write (for shp: the .shp; .shx, .dbf, "
            + ".prj and .cpg are written beside it)")
    Path out;
    @Option(names = "--format", required = true, description = "gpkg, geojson, kml, shp, gpx or csv")
    String format;
    @Option(names = "--where", paramLabel = "FIELD=VALUE", description = "select areas: kind=SHA|CHA|LMF, "
            + "status=active|…, reference=HA-0001; several values separated by commas mean any of them "
            + "(status=active,marked); repeat --where to combine conditions (all must hold)")
    List<String> where = new ArrayList<>();
    @Option(names = "--ref", paramLabel = "HA-0001,HA-0002", split = ",", description = "export only these hazard "
            + "areas (combines with --where)")
    List<String> refs = new ArrayList<>();
    @Option(names = "--evidence", description = "export the survey evidence (waypoints and tracks) instead of the "
            + "hazard areas; gpx or geojson")
    boolean evidence;
    @Option(names = "--force", description = "replace OUT if it exists")
    boolean force;

    @Override
    public Integer call() {
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ExportFormat f = ExportFormat.of(format);
        List<String> conditions = new ArrayList<>(where);
        if (!refs.isEmpty()) {
            conditions.add("reference=" + String.join(",", refs));
        }
        Predicate<HazardArea> filter = filter(conditions);
        String refusal = ExportTarget.refusal(out, workspace, f);
        if (refusal != null || Files.exists(out) && !force) {
            err.println(refusal != null ? refusal : out + " already exists. Choose another name or add --force to "
                    + "replace it.");
            return MineLedgerCommand.USER_ERROR;
        }
        try (Workspace ws = Workspace.open(workspace)) {
            if (evidence) {
                return EvidenceExport.run(ws, f, out, conditions, o, err);
            }
            if (f == ExportFormat.GPKG && conditions.isEmpty()) {
                ws.saveCopy(out);
                o.println("Wrote a clean copy of the whole workspace (with its audit trail) to " + out + ".");
                return 0;
            }
            List<HazardArea> all = ws.hazards();
            List<String> unknown = refs.stream().map(String::strip).filter(r -> all.stream()
                    .noneMatch(a -> a.reference().value().equalsIgnoreCase(r))).toList();
            if (!unknown.isEmpty()) {
                err.println("No hazard area " + String.join(", ", unknown) + " in " + workspace + "; nothing was "
                        + "written. Check the references with 'mineledger info'.");
                return MineLedgerCommand.USER_ERROR;
            }
            List<HazardArea> areas = all.stream().filter(filter).toList();
            if (areas.isEmpty()) {
                err.println("No hazard area matches " + String.join(" and ", conditions) + "; nothing was written.");
                return MineLedgerCommand.USER_ERROR;
            }
            f.write(areas, out, ws.trainingBanner(), ws.sampleId(), new ProgressBar(err, "Exporting", areas.size()));
            o.println("Exported " + areas.size() + " hazard area(s) to " + out + " (" + f.name().toLowerCase(Locale.ROOT)
                    + ").");
            f.warnings(areas).forEach(w -> err.println("WARNING: " + w));
            return 0;
        } catch (DataFileException e) {
            err.println(e.getMessage());
            return MineLedgerCommand.USER_ERROR;
        }
    }

    static Predicate<HazardArea> filter(List<String> conditions) {
        Predicate<HazardArea> p = a -> true;
        for (String c : conditions) {
            int eq = c.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("--where " + c + " is not FIELD=VALUE, e.g. kind=CHA.");
            }
            String field = c.substring(0, eq).strip().toLowerCase(Locale.ROOT);
            Predicate<HazardArea> any = a -> false;
            for (String v : c.substring(eq + 1).split(",")) {
                String value = v.strip();
                if (value.isEmpty()) {
                    throw new IllegalArgumentException("--where " + c + " has an empty value; write e.g. "
                            + "status=active,marked.");
                }
                any = any.or(condition(field, value));
            }
            p = p.and(any);
        }
        return p;
    }

    private static Predicate<HazardArea> condition(String field, String value) {
        return switch (field) {
            case "kind" -> {
                HazardKind k = HazardKind.parse(value);
                yield a -> a.kind() == k;
            }
            case "status" -> {
                HazardStatus s = HazardStatus.parse(value);
                yield a -> a.status() == s;
            }
            case "reference", "ref" -> a -> a.reference().value().equalsIgnoreCase(value);
            default -> throw new IllegalArgumentException("--where can select by kind, status or reference, "
                    + "not '" + field + "'.");
        };
    }
}
