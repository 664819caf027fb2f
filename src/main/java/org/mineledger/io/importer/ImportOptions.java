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
 */
public record ImportOptions(ImportLimits limits, String layer, Integer crsOverride, CsvLayout csv,
        FieldMapping mapping, HazardKind defaultKind, HazardStatus defaultStatus) {

    public ImportOptions {
        limits = limits == null ? ImportLimits.DEFAULT : limits;
        csv = csv == null ? CsvLayout.guess() : csv;
        mapping = mapping == null ? FieldMapping.automatic() : mapping;
        defaultStatus = defaultStatus == null ? HazardStatus.ACTIVE : defaultStatus;
    }

    public static ImportOptions defaults() {
        return new ImportOptions(null, null, null, null, null, null, null);
    }

    public ImportOptions withMapping(FieldMapping m) {
        return new ImportOptions(limits, layer, crsOverride, csv, m, defaultKind, defaultStatus);
    }

    public ImportOptions withDefaultKind(HazardKind k) {
        return new ImportOptions(limits, layer, crsOverride, csv, mapping, k, defaultStatus);
    }

    public ImportOptions withLimits(ImportLimits l) {
        return new ImportOptions(l, layer, crsOverride, csv, mapping, defaultKind, defaultStatus);
    }
}
