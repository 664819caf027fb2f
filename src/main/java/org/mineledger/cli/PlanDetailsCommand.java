package org.mineledger.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import org.mineledger.geo.CoordinateFormatter;
import org.mineledger.geo.CoordinateSystem;
import org.mineledger.geo.Precision;
import org.mineledger.model.PastDay;
import org.mineledger.plan.clearance.GroundClass;
import org.mineledger.plan.clearance.PlanningDetails;
import org.mineledger.store.PlanningDetailsStore;
import org.mineledger.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code mineledger plan-details WORKSPACE REF [options]}: shows or changes a hazard's planning details. Options
 * not given keep their stored value; the change is stored in one transaction with its audit entry.
 */
@Command(name = "plan-details",
        description = "Show or set a hazard's planning details: priority facts, ground class, clearance depth and"
                + " the task-sheet notes (access route, safe lane, medevac point, marking reference).")
public final class PlanDetailsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "WORKSPACE", description = "the .gpkg workspace")
    Path file;

    @Parameters(index = "1", paramLabel = "REF", description = "hazard reference, e.g. HA-0001")
    String reference;

    @Option(names = "--blocked", negatable = true, description = "the hazard blocks access (--no-blocked: it does not)")
    Boolean blocked;

    @Option(names = "--blocked-note", paramLabel = "TEXT", description = "what it blocks, e.g. 'road to the school'")
    String blockedNote;

    @Option(names = "--community-request", negatable = true, description = "the community asked for clearance")
    Boolean request;

    @Option(names = "--request-date", paramLabel = "DATE", description = "date of the request, YYYY-MM-DD")
    String requestDate;

    @Option(names = "--request-source", paramLabel = "TEXT", description = "who asked, e.g. 'village council'")
    String requestSource;

    @Option(names = "--casualties", paramLabel = "N", description = "casualties reported in or near the area")
    Integer casualties;

    @Option(names = "--last-casualty", paramLabel = "DATE", description = "date of the last casualty, YYYY-MM-DD")
    String lastCasualty;

    @Option(names = "--ground", paramLabel = "VEG/SOIL", description = "ground class: vegetation light|medium|dense"
            + " / soil soft|firm|rocky, e.g. dense/firm; 'default' uses the planner's default")
    String ground;

    @Option(names = "--depth", paramLabel = "CM", description = "clearance depth in cm (1-500); 'default' uses the"
            + " planner's default (13 cm)")
    String depth;

    @Option(names = "--access", paramLabel = "TEXT", description = "access route to the site")
    String access;

    @Option(names = "--safe-lane", paramLabel = "TEXT", description = "safe lane to the work area")
    String safeLane;

    @Option(names = "--medevac", paramLabel = "\"COORD DESCRIPTION\"", description = "emergency/medevac point: a"
            + " coordinate in any supported system, then what it is, e.g. \"35VNH2746607201 Village school\";"
            + " 'none' removes it")
    String medevac;

    @Option(names = "--marking", paramLabel = "TEXT", description = "marking reference, e.g. 'MP-3, signs S1-S24'")
    String marking;

    @Option(names = "--grid", defaultValue = "utm", description = "coordinates shown for the medevac point"
            + " (default: utm)")
    String grid;

    @Override
    public Integer call() {
        PrintWriter o = spec.commandLine().getOut();
        try (Workspace ws = Workspace.open(file)) {
            PlanningDetailsStore store = new PlanningDetailsStore(ws);
            PlanningDetails d = store.of(reference);
            if (changes()) {
                d = changed(d);
                store.save(d);
                o.println("Saved the planning details of " + reference + " in " + ws.file() + ".");
            }
            print(o, d, new CoordinateFormatter(CoordinateSystem.of(grid), Precision.METRE));
        }
        return 0;
    }

    private boolean changes() {
        return blocked != null || blockedNote != null || request != null || requestDate != null
                || requestSource != null || casualties != null || lastCasualty != null || ground != null
                || depth != null || access != null || safeLane != null || medevac != null || marking != null;
    }

    private static LocalDate past(String text, String what) {
        return PastDay.require(PlanCommand.date(text), PastDay.today(java.time.Instant.now()), what);
    }

    private PlanningDetails changed(PlanningDetails d) {
        boolean isBlocked = blocked != null ? blocked : d.blockedAccess() || blockedNote != null;
        d = d.withBlockedAccess(isBlocked, isBlocked ? (blockedNote != null ? blockedNote : d.blockedNote()) : "");
        boolean asked = request != null ? request : d.communityRequest() || requestDate != null
                || requestSource != null;
        d = d.withCommunityRequest(asked, !asked ? Optional.empty() : requestDate != null
                ? Optional.of(past(requestDate, "The community request date")) : d.requestDate(),
                !asked ? "" : requestSource != null ? requestSource : d.requestSource());
        int count = casualties != null ? casualties : d.casualties();
        Optional<LocalDate> last = lastCasualty != null ? Optional.of(past(lastCasualty, "The last casualty date"))
                : d.lastCasualty();
        if (count == 0 && lastCasualty != null) {
            throw new IllegalArgumentException("The last casualty date " + lastCasualty + " needs the number of "
                    + "casualties: add --casualties N (1 or more). Nothing was saved.");
        }
        d = d.withCasualties(count, count == 0 ? Optional.empty() : last);
        Optional<GroundClass> g = ground == null ? d.ground() : ground.equalsIgnoreCase("default") ? Optional.empty()
                : Optional.of(GroundClass.parse(ground));
        d = d.withGround(g, depth == null ? d.depthCm() : depthCm(depth));
        return d.withFieldNotes(access != null ? access : d.accessRoute(), safeLane != null ? safeLane : d.safeLane(),
                medevac == null ? d.medevac() : medevac.isBlank() || medevac.strip().equalsIgnoreCase("none")
                        ? Optional.empty() : Optional.of(MedevacText.parse(medevac)),
                marking != null ? marking : d.markingReference());
    }

    private static OptionalInt depthCm(String text) {
        if (text.strip().equalsIgnoreCase("default")) {
            return OptionalInt.empty();
        }
        try {
            return OptionalInt.of(Integer.parseInt(text.strip().replaceFirst("(?i)\\s*cm$", "")));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--depth '" + text + "' must be a whole number of centimetres, e.g."
                    + " 20, or 'default'.");
        }
    }

    static void print(PrintWriter o, PlanningDetails d, CoordinateFormatter f) {
        o.printf(Locale.ROOT, "Planning details of %s%n", d.reference());
        o.printf(Locale.ROOT, "  Blocked access:    %s%n", d.blockedAccess() ? "yes" + note(d.blockedNote()) : "no");
        o.printf(Locale.ROOT, "  Community request: %s%n", d.communityRequest() ? "yes" + d.requestDate()
                .map(x -> ", " + x).orElse("") + note(d.requestSource()) : "no");
        o.printf(Locale.ROOT, "  Casualties:        %d%s%n", d.casualties(), d.lastCasualty().map(x -> ", last " + x)
                .orElse(""));
        o.printf(Locale.ROOT, "  Ground class:      %s%n", d.ground().map(GroundClass::code)
                .orElse("(default of the plan)"));
        o.printf(Locale.ROOT, "  Clearance depth:   %s%n", d.depthCm().isPresent() ? d.depthCm().getAsInt() + " cm"
                : "(default of the plan)");
        o.printf(Locale.ROOT, "  Access route:      %s%n", or(d.accessRoute()));
        o.printf(Locale.ROOT, "  Safe lane:         %s%n", or(d.safeLane()));
        o.printf(Locale.ROOT, "  Medevac point:     %s%n", d.medevac().map(m -> f.format(m.position())
                + (m.description().isEmpty() ? "" : " — " + m.description())).orElse("(none)"));
        o.printf(Locale.ROOT, "  Marking reference: %s%n", or(d.markingReference()));
    }

    private static String note(String s) {
        return s.isEmpty() ? "" : " (" + s + ")";
    }

    private static String or(String s) {
        return s.isEmpty() ? "(none)" : s;
    }
}
