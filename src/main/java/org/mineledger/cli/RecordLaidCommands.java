package org.mineledger.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.mineledger.model.HazardArea;
import org.mineledger.model.laid.ComplianceCheck;
import org.mineledger.model.laid.ComplianceFinding;
import org.mineledger.model.laid.LaidMinefieldRecord;
import org.mineledger.model.laid.LaidMinefieldRevision;
import org.mineledger.model.laid.SignOffRule;
import org.mineledger.store.AuditEntry;
import org.mineledger.store.LaidMinefieldJson;
import org.mineledger.store.LaidMinefieldStore;
import org.mineledger.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The laid-minefield subcommands of {@code mineledger record}. */
final class RecordLaidCommands {
    private RecordLaidCommands() {
    }

    /** Shared arguments: the workspace and the minefield number. */
    abstract static class OnRecord extends WorkspaceCommand {
        @Parameters(index = "1", paramLabel = "NUMBER", description = "the minefield number, e.g. MF-12-07")
        String number;

        static String describe(LaidMinefieldRevision r) {
            return "Minefield " + r.number() + " rev " + r.revision() + " (" + r.status().label().toLowerCase(Locale.ROOT)
                    + ")";
        }

        /** Refuses, naming what blocks it and the command that puts it right, a record that cannot be signed off. */
        void requireSignable(LaidMinefieldRevision r, String verb) {
            List<ComplianceFinding> blockers = SignOffRule.blockers(r.record());
            if (!r.status().isLocked() && !blockers.isEmpty()) {
                throw new IllegalArgumentException("Minefield " + r.number() + " rev " + r.revision() + " cannot be "
                        + verb + ": " + SignOffRule.describe(blockers) + " Fix the record file and store it with "
                        + "'mineledger record correct " + file + " " + r.number() + " FILE.json' (it returns to "
                        + "draft), then submit it again.");
            }
        }
    }

    @Command(name = "add-laid", description = "Store a new laid-minefield record from a JSON file, as a draft.")
    static final class AddLaid extends WorkspaceCommand {
        @Parameters(index = "1", paramLabel = "FILE.json", description = "the record (format in the README)")
        Path json;

        @Override
        public Integer call() {
            LaidMinefieldRecord record = RecordCommand.fromFile(json, LaidMinefieldJson::read);
            try (Workspace ws = Workspace.open(file)) {
                LaidMinefieldStore store = new LaidMinefieldStore(ws);
                store.latest(record.number()).ifPresent(old -> {
                    throw new IllegalArgumentException("Minefield " + old.number() + " is already recorded in " + file
                            + " (rev " + old.revision() + ", " + old.status().label().toLowerCase(Locale.ROOT)
                            + "). To replace it with " + json + ", run 'mineledger record correct " + file + " "
                            + old.number() + " " + json + "'; for another minefield, give it its own number.");
                });
                LaidMinefieldRevision rev = store.add(record);
                PrintWriter out = out();
                out.println("Stored " + OnRecord.describe(rev) + ": " + rev.record().totals().total() + " mines, "
                        + "closure " + rev.record().traverse().closure() + ".");
                int n = new ComplianceCheck(record).findings().size();
                out.println(n == 0 ? "Compliance: no findings." : "Compliance: " + n + " finding(s); run 'mineledger "
                        + "record compliance " + file + " " + rev.number() + "'.");
            }
            return 0;
        }
    }

    @Command(name = "list", description = "List the latest revision of every laid-minefield record.")
    static final class ListRecords extends WorkspaceCommand {

        @Override
        public Integer call() {
            PrintWriter out = out();
            try (Workspace ws = Workspace.open(file)) {
                List<LaidMinefieldRevision> all = new LaidMinefieldStore(ws).latest();
                if (all.isEmpty()) {
                    out.println("No laid-minefield records in " + file + ".");
                }
                out.printf(Locale.ROOT, "%-14s %4s %-11s %-11s %6s %5s %5s %8s  %s%n", "NUMBER", "REV", "STATUS",
                        "TYPE", "MINES", "AP", "AT", "FINDINGS", "HAZARD AREA");
                for (LaidMinefieldRevision r : all) {
                    var t = r.record().totals();
                    String hazard = r.hazardId() == 0 ? "" : ws.hazard(r.hazardId())
                            .map(h -> h.reference().value()).orElse("id " + r.hazardId() + " (deleted)");
                    out.printf(Locale.ROOT, "%-14s %4d %-11s %-11s %6d %5d %5d %8d  %s%n", r.number(), r.revision(),
                            r.status().label(), r.record().identity().type().name().toLowerCase(Locale.ROOT),
                            t.total(), t.ap(), t.at(), new ComplianceCheck(r.record()).findings().size(), hazard);
                }
            }
            return 0;
        }
    }

    @Command(name = "compliance", description = "Check a record against CCW Amended Protocol II. Exit 0 when "
            + "there are no findings, 1 when there are.")
    static final class Compliance extends OnRecord {
        @Override
        public Integer call() {
            return RecordCommand.withLatest(file, number, c -> {
                List<ComplianceFinding> f = new ComplianceCheck(c.latest().record()).findings();
                out().println(describe(c.latest()) + ": " + (f.isEmpty() ? "no findings." : f.size() + " finding(s):"));
                f.forEach(x -> out().println("- " + x));
                return f.isEmpty() ? 0 : 1;
            });
        }
    }

    @Command(name = "submit", description = "Submit a draft record for sign-off.")
    static final class Submit extends OnRecord {
        @Override
        public Integer call() {
            return RecordCommand.withLatest(file, number, c -> {
                requireSignable(c.latest(), "submitted, because it could not be signed off");
                out().println("Submitted " + describe(c.store().submit(c.latest().id())) + ".");
                return 0;
            });
        }
    }

    @Command(name = "sign-off", description = "Sign off a submitted record; it is then locked.")
    static final class SignOff extends OnRecord {
        @Option(names = "--name", required = true, description = "name of the person signing")
        String name;
        @Option(names = "--role", required = true, description = "role, e.g. 'Commander 3 Engr Coy'")
        String role;

        @Override
        public Integer call() {
            return RecordCommand.withLatest(file, number, c -> {
                requireSignable(c.latest(), "signed off");
                out().println("Signed off " + describe(c.store().signOff(c.latest().id(), name, role)) + ".");
                return 0;
            });
        }
    }

    @Command(name = "correct", description = "Correct a record from FILE.json: a signed-off record gets a new "
            + "draft revision (the signed-off one stays readable); a draft or submitted one is replaced and returns "
            + "to draft (the audit trail keeps what it held).")
    static final class Correct extends OnRecord {
        @Parameters(index = "2", paramLabel = "FILE.json", description = "the corrected record")
        Path json;

        @Override
        public Integer call() {
            LaidMinefieldRecord corrected = RecordCommand.fromFile(json, LaidMinefieldJson::read);
            return RecordCommand.withLatest(file, number, c -> {
                if (c.latest().status().isLocked()) {
                    out().println("Stored " + describe(c.store().correct(c.latest().id(), corrected)) + ".");
                } else {
                    out().println(describe(c.store().update(c.latest().id(), corrected)) + " now holds " + json
                            + "; 'mineledger record history " + file + " " + number + "' shows what it held.");
                }
                return 0;
            });
        }
    }

    @Command(name = "history", description = "Show every revision of a record and its audit trail.")
    static final class History extends OnRecord {
        @Override
        public Integer call() {
            return RecordCommand.withLatest(file, number, c -> {
                for (LaidMinefieldRevision r : c.store().revisions(number)) {
                    out().println(describe(r) + (r.signOff() == null ? "" : ", signed off by " + r.signOff().name()
                            + " (" + r.signOff().role() + ") at " + r.signOff().at()));
                    for (AuditEntry e : c.store().history(r.id())) {
                        out().println("    " + e.seq() + "  " + e.time() + "  " + e.user() + "  " + e.action());
                    }
                }
                return 0;
            });
        }
    }

    @Command(name = "convert", description = "After hostilities: make a signed-off minefield a confirmed hazard "
            + "area (CHA) linked to its record and mine count.")
    static final class Convert extends OnRecord {
        @Override
        public Integer call() {
            return RecordCommand.withLatest(file, number, c -> {
                HazardArea h = c.store().convertToHazard(c.latest().id());
                out().println(describe(c.latest()) + " is now confirmed hazard area " + h.reference() + " ("
                        + c.latest().record().totals().total() + " mines to account for).");
                return 0;
            });
        }
    }
}
