package org.mineledger.io.export;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
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

    /** Writes {@code areas} to {@code file}; training data is marked with {@code banner} where the format allows. */
    public void write(List<HazardArea> areas, Path file, String banner, String sampleId) {
        switch (this) {
            case GPKG -> new GpkgExporter(banner, sampleId).write(areas, file);
            case GEOJSON -> new GeoJsonWriter(banner).write(areas, file);
            case KML -> new KmlWriter(banner).write(areas, file);
            case SHAPEFILE -> new ShapefileWriter().write(areas, file);
            case GPX -> new GpxTrackWriter(banner).write(areas, file);
            case CSV -> new CsvWriter().write(areas, file);
        }
    }
}
