package org.mineledger.io.importer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.mineledger.io.importer.FieldMapping.Field;
import org.mineledger.model.HazardArea;
import org.mineledger.model.HazardKind;
import org.mineledger.model.HazardReference;
import org.mineledger.model.HazardStatus;

/**
 * What an import would do, before anything is written: each source feature turned into hazard-area drafts
 * (one per polygon part) or into problems that say where and why, plus the problems of the file as a whole.
 */
public final class ImportPreview implements FeaturePreview {
    private final SourceLayer layer;
    private final List<ImportCandidate> candidates;
    /** The reference of each multipolygon feature (by number) whose parts keep it in their notes. */
    private final java.util.Map<Integer, String> splitReferences;

    private ImportPreview(SourceLayer layer, List<ImportCandidate> candidates,
            java.util.Map<Integer, String> splitReferences) {
        this.layer = layer;
        this.candidates = List.copyOf(candidates);
        this.splitReferences = java.util.Map.copyOf(splitReferences);
    }

    /**
     * Maps {@code layer}'s features with {@code options}; new references are numbered from {@code firstNumber}
     * and must not be among {@code usedReferences} (every reference the workspace ever used).
     */
    public static ImportPreview of(SourceLayer layer, ImportOptions options, Set<String> usedReferences,
            int firstNumber, Instant now) {
        Mapping mapping = new Mapping(layer, options, usedReferences, firstNumber, now);
        // mapped in file order (references are numbered in it), then validated on every core: checking the
        // topology of every polygon is the costly part of a large import
        List<Supplier<ImportCandidate>> out = new ArrayList<>();
        for (SourceFeature f : layer.features()) {
            mapping.map(f, out);
        }
        return new ImportPreview(layer, out.parallelStream().map(Supplier::get).toList(), mapping.splitReferences);
    }

    /**
     * Maps features one at a time, in file order, numbering new references as it goes. One feature per call: the
     * JVM compiles a method called 50,000 times early, but a loop that runs 50,000 times in one call only late.
     */
    private static final class Mapping {
        private final SourceLayer layer;
        private final ImportOptions options;
        private final Instant now;
        private final Set<String> used;
        // the few different kinds and statuses of a file, each parsed once
        private final java.util.Map<String, HazardKind> kinds = new java.util.HashMap<>();
        private final java.util.Map<String, HazardStatus> statuses = new java.util.HashMap<>();
        private final Resolved resolved;
        private final java.util.Map<Integer, String> splitReferences = new java.util.HashMap<>();
        private int next;

        Mapping(SourceLayer layer, ImportOptions options, Set<String> usedReferences, int firstNumber, Instant now) {
            this.layer = layer;
            this.options = options;
            this.now = now;
            this.used = new HashSet<>(Math.max(16, (usedReferences.size() + layer.features().size()) * 4 / 3 + 1));
            used.addAll(usedReferences);
            this.resolved = new Resolved(options.mapping());
            this.next = firstNumber;
        }

        /** Adds to {@code out} the candidate(s) of {@code f}: one per polygon part, or one saying what is wrong. */
        void map(SourceFeature f, List<Supplier<ImportCandidate>> out) {
            if (!f.problems().isEmpty() || f.geometry() == null) {
                ImportCandidate broken = new ImportCandidate(f, 1, null, f.problems().isEmpty()
                        ? List.of("the feature has no geometry.") : f.problems());
                out.add(() -> broken);
                return;
            }
            List<Polygon> parts = polygons(f.geometry());
            if (parts.isEmpty()) {
                ImportCandidate notArea = new ImportCandidate(f, 1, null, List.of("it is a "
                        + f.geometry().getGeometryType() + ", not an area. A hazard area needs a polygon (a GPS "
                        + "track must end where it started)."));
                out.add(() -> notArea);
                return;
            }
            var attrs = resolved.forFeature(f);
            String refText = value(f, Field.REFERENCE, attrs);
            List<String> refProblems = new ArrayList<>();
            // renumbering: the file's reference, whatever its form, is only kept in the notes
            HazardReference sourceRef = options.renumber() ? null : checkedReference(refText, refProblems);
            String fileRef = sourceRef != null ? sourceRef.value() : options.renumber() ? refText : "";
            if (!fileRef.isEmpty() && parts.size() > 1) {
                splitReferences.put(f.number(), fileRef);
            }
            for (int p = 0; p < parts.size(); p++) {
                Draft draft = draft(f, attrs, parts, p, sourceRef, fileRef, refProblems);
                out.add(() -> draft.candidate(now));
            }
        }

        /**
         * The feature's own reference, checked alike for polygons and multipolygons: in the form HA-0001 and not
         * used before in the workspace or file; null when the feature has none or when it is refused (the reason
         * then in {@code problems}).
         */
        private HazardReference checkedReference(String refText, List<String> problems) {
            if (refText.isEmpty()) {
                return null;
            }
            try {
                HazardReference ref = new HazardReference(refText);
                if (!used.add(ref.value())) {
                    problems.add("the reference " + refText + " is already used in this workspace or file. To "
                            + "import the file's areas under new references, with their own kept in the notes, tick "
                            + "'New references' (command line: --renumber).");
                    return null;
                }
                return ref;
            } catch (IllegalArgumentException e) {
                problems.add(e.getMessage());
                return null;
            }
        }

        /**
         * Part {@code p} of {@code f}: a single polygon keeps the feature's reference; each part of a multipolygon
         * gets a new reference (a reference names one area) and the feature's reference in its notes.
         */
        private Draft draft(SourceFeature f, java.util.Map<Field, String> attrs, List<Polygon> parts, int p,
                HazardReference sourceRef, String fileRef, List<String> refProblems) {
            List<String> problems = new ArrayList<>(refProblems);
            HazardReference ref = parts.size() == 1 ? sourceRef : null;
            if (ref == null && problems.isEmpty()) {
                do {
                    ref = HazardReference.numbered(next++);
                } while (!used.add(ref.value()));
            }
            String notes = value(f, Field.NOTES, attrs);
            String origin = null;
            if (parts.size() > 1 && !fileRef.isEmpty()) {
                origin = "Part " + (p + 1) + " of " + parts.size() + " of " + fileRef + " (" + layer.file() + ", "
                        + f.location() + "), a multipolygon split into one area per part.";
            } else if (!fileRef.isEmpty() && sourceRef == null) {
                origin = "Imported under a new reference: it was " + fileRef + " in " + layer.file() + " ("
                        + f.location() + ").";
            }
            if (origin != null) {
                notes = notes.isEmpty() ? origin : notes + "\n" + origin;
            }
            String name = value(f, Field.NAME, attrs);
            if (name.isEmpty()) {
                name = layer.layer() + " " + f.id();
            }
            if (parts.size() > 1) {
                name = name + " (part " + (p + 1) + " of " + parts.size() + ")";
            }
            String kindText = value(f, Field.KIND, attrs);
            HazardKind kind = parsed(kindText, options.defaultKind(), kinds, HazardKind::parse, problems);
            if (kind == null && kindText.isEmpty()) {
                problems.add("missing field kind: no attribute says whether it is suspected (SHA), confirmed "
                        + "(CHA) or a laid minefield (LMF). Map one (--map kind=ATTRIBUTE) or choose a kind "
                        + "for all (--kind SHA).");
            }
            HazardStatus status = parsed(value(f, Field.STATUS, attrs), options.defaultStatus(), statuses,
                    HazardStatus::parse, problems);
            return new Draft(f, p + 1, ref, name, kind, status, parts.get(p), notes, problems);
        }

        /**
         * {@code text} parsed, each different text once ({@code seen}); {@code fallback} when the text is empty, or
         * when it cannot be parsed, and then {@code problems} gets the reason.
         */
        private static <T> T parsed(String text, T fallback, java.util.Map<String, T> seen,
                java.util.function.Function<String, T> parse, List<String> problems) {
            if (text.isEmpty()) {
                return fallback;
            }
            try {
                return seen.computeIfAbsent(text, parse);
            } catch (IllegalArgumentException e) {
                problems.add(e.getMessage());
                return fallback;
            }
        }
    }

    @Override
    public SourceLayer layer() {
        return layer;
    }

    public List<ImportCandidate> candidates() {
        return candidates;
    }

    @Override
    public List<ImportCandidate> ready() {
        return candidates.stream().filter(ImportCandidate::ready).toList();
    }

    /**
     * One sentence for each multipolygon feature that becomes several areas, naming them, so that the split is
     * announced before anything is written.
     */
    public List<String> splits() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < candidates.size(); ) {
            SourceFeature f = candidates.get(i).source();
            List<String> refs = new ArrayList<>();
            int j = i;
            for (; j < candidates.size() && candidates.get(j).source() == f; j++) {
                if (candidates.get(j).ready()) {
                    refs.add(candidates.get(j).draft().reference().value());
                }
            }
            if (j - i > 1 && !refs.isEmpty()) {
                String ref = splitReferences.getOrDefault(f.number(), "");
                out.add(f.location() + " (id " + f.id() + ") is a multipolygon of " + (j - i) + " parts; it becomes "
                        + refs.size() + " areas, " + String.join(", ", refs)
                        + (ref.isEmpty() ? "." : ", each with " + ref + " in its notes."));
            }
            i = j;
        }
        return out;
    }

    @Override
    public List<ImportCandidate> withProblems() {
        return candidates.stream().filter(c -> !c.ready()).toList();
    }

    /** A mapped feature part whose polygon is still to be checked, with the problems of its mapping so far. */
    private record Draft(SourceFeature feature, int part, HazardReference ref, String name, HazardKind kind,
            HazardStatus status, Polygon polygon, String notes, List<String> problems) {

        /** The candidate, once the polygon is checked: with its problems, the check's added to the mapping's. */
        ImportCandidate candidate(Instant now) {
            HazardArea draft = null;
            if (problems.isEmpty()) {
                try {
                    draft = HazardArea.draftTakingOver(ref, name, kind, status, polygon, notes, now);
                } catch (IllegalArgumentException e) {
                    problems.add(e.getMessage());
                }
            }
            return new ImportCandidate(feature, part, draft, problems);
        }
    }

    private static String value(SourceFeature f, Field field, java.util.Map<Field, String> attrs) {
        String attribute = attrs.get(field);
        return attribute == null ? "" : f.text(attribute);
    }

    /** The attribute of each field, worked out once for each set of attribute names (usually one per file). */
    private static final class Resolved {
        private final FieldMapping mapping;
        private java.util.Set<String> names;
        private java.util.Map<String, Object> last;
        private java.util.Map<Field, String> byField;

        Resolved(FieldMapping mapping) {
            this.mapping = mapping;
        }

        java.util.Map<Field, String> forFeature(SourceFeature f) {
            boolean same = last instanceof SourceAttributes a ? a.sameColumns(f.attributes())
                    : f.attributes().keySet().equals(names);
            last = f.attributes();
            if (!same) {
                names = new java.util.LinkedHashSet<>(f.attributes().keySet());
                byField = new java.util.EnumMap<>(Field.class);
                for (Field field : Field.values()) {
                    mapping.attributeFor(field, names).ifPresent(a -> byField.put(field, a));
                }
            }
            return byField;
        }
    }

    private static List<Polygon> polygons(Geometry g) {
        List<Polygon> out = new ArrayList<>();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Geometry part = g.getGeometryN(i);
            if (part instanceof Polygon p) {
                out.add(p);
            } else if (part instanceof LineString l && l.isClosed() && l.getNumPoints() >= 4) {
                out.add(l.getFactory().createPolygon(l.getCoordinates()));
            }
        }
        return out;
    }
}
