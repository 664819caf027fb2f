package org.mineledger.io.export;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;
import org.mineledger.io.geojson.GeoJsonWriter;
import org.mineledger.model.HazardArea;

/** The formats MineLedger exports hazard areas to. */
public enum ExportFormat {
    GPKG("gpkg"), GEOJSON("geojson"), KML("kml"), SHAPEFILE("shp"), GPX("gpx"), CSV("csv");

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /** The format named {@code gpkg}, {@code geojson}, {@code kml}, {@code shp}/{@code shapefile}, {@code gpx}, {@code csv}. */
    public static ExportFormat of(String name) {
        String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        for (ExportFormat f : values()) {
            if (f.extension.equals(n) || f.name().toLowerCase(Locale.ROOT).equals(n)) {
                return f;
            }
        }
        if (n.equals("json") || n.equals("geopackage")) {
            return n.equals("json") ? GEOJSON : GPKG;
        }
        throw new IllegalArgumentException("Unknown export format '" + name + "'. Use gpkg, geojson, kml, shp, gpx "
                + "or csv.");
    }

    /** What writing {@code areas} in this format would lose, one sentence per area; empty when nothing. */
    public List<String> warnings(List<HazardArea> areas) {
        return this == SHAPEFILE ? ShapefileWriter.cutTexts(areas) : List.of();
    }

    /** Writes {@code areas} to {@code file}; training data is marked with {@code banner} where the format allows. */
    public void write(List<HazardArea> areas, Path file, String banner, String sampleId) {
        write(areas, file, banner, sampleId, n -> { });
    }

    /**
     * The same, telling {@code progress} how many areas are written so far; {@code progress} may throw
     * {@link java.util.concurrent.CancellationException} to stop, leaving a partial file the caller deletes.
     */
    public void write(List<HazardArea> areas, Path file, String banner, String sampleId, IntConsumer progress) {
        ExportTarget.check(file);
        switch (this) {
            case GPKG -> new GpkgExporter(banner, sampleId).write(areas, file, progress);
            case GEOJSON -> new GeoJsonWriter(banner).write(areas, file, progress);
            case KML -> new KmlWriter(banner).write(areas, file, progress);
            case SHAPEFILE -> new ShapefileWriter(banner).write(areas, file, progress);
            case GPX -> new GpxTrackWriter(banner).write(areas, file, progress);
            case CSV -> new CsvWriter(banner).write(areas, file, progress);
        }
    }
}
