package org.mineledger.io.importer;

import java.nio.file.Path;
import java.util.Locale;
import org.mineledger.io.csv.CsvSourceReader;
import org.mineledger.io.geojson.GeoJsonSourceReader;
import org.mineledger.io.gpkg.GpkgSourceReader;
import org.mineledger.io.gpx.GpxReader;
import org.mineledger.io.kml.KmlReader;
import org.mineledger.io.shapefile.ShapefileReader;

/** The file formats MineLedger imports, recognised by file extension. */
public enum SourceFormat {
    GEOJSON("GeoJSON", "geojson", "json"),
    KML("KML/KMZ", "kml", "kmz"),
    SHAPEFILE("ESRI Shapefile", "shp"),
    GEOPACKAGE("GeoPackage", "gpkg"),
    GPX("GPX", "gpx"),
    CSV("CSV", "csv", "txt", "tsv");

    private final String label;
    private final String[] extensions;

    SourceFormat(String label, String... extensions) {
        this.label = label;
        this.extensions = extensions;
    }

    public String label() {
        return label;
    }

    /** The format of {@code file} by its extension; throws {@link ImportException} for an unknown one. */
    public static SourceFormat of(Path file) {
        String n = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
        for (SourceFormat f : values()) {
            for (String e : f.extensions) {
                if (n.endsWith("." + e)) {
                    return f;
                }
            }
        }
        throw new ImportException(String.valueOf(file.getFileName()), "", "MineLedger cannot import this kind of "
                + "file. It imports .geojson, .kml, .kmz, .shp, .gpkg, .gpx and .csv files.");
    }

    /** Reads the features of {@code file} with this format's reader. */
    public SourceLayer read(Path file, ImportOptions o) {
        return switch (this) {
            case GEOJSON -> new GeoJsonSourceReader(o.limits()).read(file);
            case KML -> new KmlReader(o.limits()).read(file);
            case SHAPEFILE -> new ShapefileReader(o.limits(), o.crsOverride()).read(file);
            case GEOPACKAGE -> new GpkgSourceReader(o.limits(), o.layer()).read(file);
            case GPX -> new GpxReader(o.limits()).read(file);
            case CSV -> new CsvSourceReader(o.limits(), o.csv()).read(file);
        };
    }
}
