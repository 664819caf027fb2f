package org.mineledger.io.importer;

import org.mineledger.io.csv.CsvLayout;
import org.mineledger.model.HazardKind;
import org.mineledger.model.HazardStatus;

/**
 * How to read and map a file to import.
 *
 * @param limits        size bounds for hostile or huge files
 * @param layer         GeoPackage layer to read, or null for its only polygon layer
 * @param crsOverride   EPSG code to use instead of the file's own (.prj), or null
 * @param csv           CSV column layout
 * @param mapping       attribute to field mapping
 * @param defaultKind   kind for features without one, or null to report them as a problem
 * @param defaultStatus status for features without one (ACTIVE: still hazardous until shown otherwise)
 * @param renumber      give every imported area a new reference (the next free HA-nnnn) and keep the file's own
 *                      reference in its notes: for files from another team that numbers from HA-0001 too
 */
public record ImportOptions(ImportLimits limits, String layer, Integer crsOverride, CsvLayout csv,
        FieldMapping mapping, HazardKind defaultKind, HazardStatus defaultStatus, boolean renumber) {

    public ImportOptions {
        limits = limits == null ? ImportLimits.DEFAULT : limits;
        csv = csv == null ? CsvLayout.guess() : csv;
        mapping = mapping == null ? FieldMapping.automatic() : mapping;
        defaultStatus = defaultStatus == null ? HazardStatus.ACTIVE : defaultStatus;
    }

    /** Options that keep the file's own references. */
    public ImportOptions(ImportLimits limits, String layer, Integer crsOverride, CsvLayout csv, FieldMapping mapping,
            HazardKind defaultKind, HazardStatus defaultStatus) {
        this(limits, layer, crsOverride, csv, mapping, defaultKind, defaultStatus, false);
    }

    public static ImportOptions defaults() {
        return new ImportOptions(null, null, null, null, null, null, null);
    }

    public ImportOptions withRenumbering(boolean r) {
        return new ImportOptions(limits, layer, crsOverride, csv, mapping, defaultKind, defaultStatus, r);
    }

    public ImportOptions withMapping(FieldMapping m) {
        return new ImportOptions(limits, layer, crsOverride, csv, m, defaultKind, defaultStatus, renumber);
    }

    public ImportOptions withDefaultKind(HazardKind k) {
        return new ImportOptions(limits, layer, crsOverride, csv, mapping, k, defaultStatus, renumber);
    }

    public ImportOptions withLimits(ImportLimits l) {
        return new ImportOptions(l, layer, crsOverride, csv, mapping, defaultKind, defaultStatus, renumber);
    }
}
