package org.mineledger.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.mineledger.geo.CoordinateFormatter;
import org.mineledger.geo.CoordinateSystem;
import org.mineledger.geo.Precision;
import org.mineledger.io.DataFileException;
import org.mineledger.model.HazardArea;
import org.mineledger.model.HazardReference;
import org.mineledger.report.HandoverCertificatePdf;
import org.mineledger.report.HandoverDetails;
import org.mineledger.store.SurveyStore;
import org.mineledger.store.Workspace;
import org.mineledger.store.WorkspaceException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mineledger handover WORKSPACE HA-0008 --pdf OUT.pdf ...}: the handover certificate of released land. */
@Command(name = "handover",
        description = "Writes the handover (completion) certificate of released land as PDF: polygon, geodesic "
                + "area, methods, depth, dates, organisation, receiving authority and signature lines.")
public final class HandoverCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "WORKSPACE")
    Path file;

    @Parameters(index = "1", paramLabel = "AREA", description = "hazard area reference, e.g. HA-0008")
    String area;

    @Option(names = "--pdf", paramLabel = "FILE", required = true)
    Path pdf;

    @Option(names = "--method", paramLabel = "TEXT", required = true, description = "release method (repeat)")
    List<String> methods = new ArrayList<>();

    @Option(names = "--depth", paramLabel = "CM", defaultValue = "0", description = "clearance depth in cm")
    int depth;

    @Option(names = "--started", paramLabel = "YYYY-MM-DD", required = true)
    LocalDate started;

    @Option(names = "--completed", paramLabel = "YYYY-MM-DD", required = true)
    LocalDate completed;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "handover day (default today)")
    LocalDate date;

    @Option(names = "--organisation", paramLabel = "NAME", required = true)
    String organisation;

    @Option(names = "--authority", paramLabel = "NAME", required = true,
            description = "receiving community or authority")
    String authority;

    @Option(names = "--signatory", paramLabel = "NAME, ROLE", required = true, description = "repeat for each")
    List<String> signatories = new ArrayList<>();

    @Option(names = "--system", paramLabel = "SYSTEM", defaultValue = "utm")
    String system;

    @Option(names = "--classification", paramLabel = "TEXT")
    String classification;

    @Option(names = "--release-evidence", paramLabel = "TEXT", description = "where the release of land not "
            + "covered by the workspace's land-release records is documented (e.g. a completion report); printed on "
            + "the certificate")
    String releaseEvidence;

    @Override
    public Integer call() {
        HazardReference ref = new HazardReference(area.strip().toUpperCase(Locale.ROOT));
        try (Workspace ws = Workspace.open(file)) {
            HazardArea a = ws.hazard(ref).orElseThrow(() -> new WorkspaceException("There is no hazard area " + ref
                    + " in " + ws.file() + ". Run 'mineledger info' to see the areas it holds."));
            HandoverDetails d = new HandoverDetails(methods, depth, started, completed,
                    date != null ? date : LocalDate.now(ZoneOffset.UTC), organisation, authority, signatories,
                    releaseEvidence);
            new HandoverCertificatePdf(new CoordinateFormatter(CoordinateSystem.of(system), Precision.DECIMETRE),
                    ws.trainingBanner(), classification).write(a, new SurveyStore(ws).accounting(a.id()), d, pdf);
        } catch (DataFileException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return MineLedgerCommand.USER_ERROR;
        }
        spec.commandLine().getOut().println("Handover certificate: " + pdf);
        return 0;
    }
}
