package org.mineledger.io.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.mineledger.geo.CoordinateParser;
import org.mineledger.geo.GeoPoint;
import org.mineledger.io.importer.ImportException;
import org.mineledger.io.importer.ImportLimits;
import org.mineledger.io.importer.SourceFeature;
import org.mineledger.io.importer.SourceFiles;
import org.mineledger.io.importer.SourceLayer;

/**
 * Reads a UTF-8 CSV of points (one per row) or of polygon vertices (rows grouped by a polygon column, in file
 * order). Positions are latitude/longitude columns or one column in any system {@link CoordinateParser} reads.
 * A bad value is a problem of its row, named by line and column.
 */
public final class CsvSourceReader {
    private static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);
    private final ImportLimits limits;
    private final CsvLayout layout;

    public CsvSourceReader(ImportLimits limits, CsvLayout layout) {
        this.limits = limits;
        this.layout = layout;
    }

    public SourceLayer read(Path file) {
        String name = SourceFiles.checkReadable(file, limits);
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CsvRows rows = null;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder))) {
            in.mark(4096);
            String first = in.readLine();
            in.reset();
            if (first != null && first.startsWith("\uFEFF")) {
                in.skip(1);
                first = first.substring(1);
            }
            char delimiter = delimiter(first == null ? "" : first);
            rows = new CsvRows(in, delimiter, 1 << 20);
            List<String> header = rows.next();
            if (header == null || header.stream().allMatch(String::isBlank)) {
                throw new ImportException(name, "line 1", "there is no header row naming the columns.");
            }
            header = header.stream().map(String::strip).toList();
            CsvLayout l = layout.completedFrom(header);
            int lat = header.indexOf(l.latColumn());
            int lon = header.indexOf(l.lonColumn());
            int pos = header.indexOf(l.positionColumn());
            int poly = l.polygonColumn() == null ? -1 : header.indexOf(l.polygonColumn());
            int wkt = indexIgnoringCase(header, "wkt");
            if (wkt >= 0 && layout.latColumn() == null && layout.positionColumn() == null) {
                return wktRows(rows, name, header, wkt, file);
            }
            if (pos < 0 && (lat < 0 || lon < 0)) {
                throw new ImportException(name, "line 1", "no position columns found among " + header + ". Name "
                        + "them lat and lon (or position, for UTM/MGRS/grid values), or choose them with --lat/--lon "
                        + "or --position.");
            }
            if (l.polygonColumn() != null && poly < 0) {
                throw new ImportException(name, "line 1", "the polygon column '" + l.polygonColumn() + "' is not "
                        + "among " + header + ".");
            }
            CoordinateParser parser = l.system() == null ? new CoordinateParser() : new CoordinateParser(l.system());
            return poly < 0 ? points(rows, name, header, lat, lon, pos, parser, file)
                    : polygons(rows, name, header, lat, lon, pos, poly, parser, file);
        } catch (CharacterCodingException e) {
            throw new ImportException(name, "line " + (rows == null ? 1 : rows.rowLine()) + " or near it", "the file "
                    + "is not UTF-8 text. Save it as 'CSV UTF-8' in your spreadsheet and import it again.", e);
        } catch (IOException e) {
            throw new ImportException(name, "", "the file cannot be read: " + e.getMessage(), e);
        }
    }

    private SourceLayer points(CsvRows rows, String name, List<String> header, int lat, int lon, int pos,
            CoordinateParser parser, Path file) throws IOException {
        List<SourceFeature> out = new ArrayList<>();
        List<String> row;
        while ((row = rows.next()) != null) {
            if (row.size() == 1 && row.get(0).isBlank()) {
                continue;
            }
            int n = out.size() + 1;
            List<String> problems = new ArrayList<>();
            GeoPoint p = position(row, header, lat, lon, pos, parser, rows.rowLine(), problems);
            out.add(new SourceFeature(n, String.valueOf(n), "line " + rows.rowLine(),
                    p == null ? null : WGS84.createPoint(new Coordinate(p.lon(), p.lat())),
                    attributes(row, header, lat, lon, pos), problems));
            limit(out.size(), name, rows.rowLine());
        }
        return new SourceLayer(name, SourceFiles.baseName(file), out, List.of());
    }

    private SourceLayer polygons(CsvRows rows, String name, List<String> header, int lat, int lon, int pos, int poly,
            CoordinateParser parser, Path file) throws IOException {
        Map<String, List<Coordinate>> vertices = new LinkedHashMap<>();
        Map<String, List<String>> problems = new LinkedHashMap<>();
        Map<String, Map<String, Object>> attributes = new LinkedHashMap<>();
        Map<String, Integer> firstLine = new LinkedHashMap<>();
        List<String> row;
        int total = 0;
        while ((row = rows.next()) != null) {
            if (row.size() == 1 && row.get(0).isBlank()) {
                continue;
            }
            String id = poly < row.size() ? row.get(poly).strip() : "";
            if (id.isEmpty()) {
                id = "(no " + header.get(poly) + ")";
            }
            vertices.computeIfAbsent(id, k -> new ArrayList<>());
            List<String> own = problems.computeIfAbsent(id, k -> new ArrayList<>());
            firstLine.putIfAbsent(id, rows.rowLine());
            attributes.putIfAbsent(id, attributes(row, header, lat, lon, pos));
            GeoPoint p = position(row, header, lat, lon, pos, parser, rows.rowLine(), own);
            if (p != null) {
                vertices.get(id).add(new Coordinate(p.lon(), p.lat()));
            }
            if (++total > limits.maxVerticesPerFeature()) {
                throw new ImportException(name, "line " + rows.rowLine(), "more than " + total + " vertices.");
            }
            limit(vertices.size(), name, rows.rowLine());
        }
        List<SourceFeature> out = new ArrayList<>();
        for (var e : vertices.entrySet()) {
            List<Coordinate> c = new ArrayList<>(e.getValue());
            List<String> own = problems.get(e.getKey());
            if (!c.isEmpty() && !c.get(0).equals2D(c.get(c.size() - 1))) {
                c.add(new Coordinate(c.get(0)));
            }
            var g = own.isEmpty() && c.size() >= 4 ? WGS84.createPolygon(c.toArray(Coordinate[]::new)) : null;
            if (own.isEmpty() && g == null) {
                own.add("polygon '" + e.getKey() + "' has " + Math.max(0, c.size() - 1) + " corners; it needs at "
                        + "least three rows.");
            }
            out.add(new SourceFeature(out.size() + 1, e.getKey(), "polygon '" + e.getKey() + "' from line "
                    + firstLine.get(e.getKey()), g, attributes.get(e.getKey()), own));
        }
        return new SourceLayer(name, SourceFiles.baseName(file), out, List.of());
    }

    /** One feature per row, its geometry the WKT (WGS84 longitude latitude) of column {@code wkt}. */
    private SourceLayer wktRows(CsvRows rows, String name, List<String> header, int wkt, Path file) throws IOException {
        WKTReader reader = new WKTReader(WGS84);
        List<SourceFeature> out = new ArrayList<>();
        List<String> row;
        while ((row = rows.next()) != null) {
            if (row.size() == 1 && row.get(0).isBlank()) {
                continue;
            }
            int n = out.size() + 1;
            List<String> problems = new ArrayList<>();
            org.locationtech.jts.geom.Geometry g = null;
            try {
                g = reader.read(cell(row, wkt));
                for (Coordinate c : g.getCoordinates()) {
                    if (Math.abs(c.y) > 90 || Math.abs(c.x) > 180) {
                        problems.add("line " + rows.rowLine() + ", column " + (wkt + 1) + " (" + header.get(wkt)
                                + "): the point " + c.x + " " + c.y + " is outside the globe; WKT gives longitude "
                                + "first.");
                        g = null;
                        break;
                    }
                }
            } catch (ParseException e) {
                problems.add("line " + rows.rowLine() + ", column " + (wkt + 1) + " (" + header.get(wkt) + "): not "
                        + "valid WKT: " + e.getMessage());
            }
            out.add(new SourceFeature(n, String.valueOf(n), "line " + rows.rowLine(), g,
                    attributes(row, header, wkt, -1, -1), problems));
            limit(out.size(), name, rows.rowLine());
        }
        return new SourceLayer(name, SourceFiles.baseName(file), out, List.of());
    }

    private static int indexIgnoringCase(List<String> header, String name) {
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }

    private static GeoPoint position(List<String> row, List<String> header, int lat, int lon, int pos,
            CoordinateParser parser, int line, List<String> problems) {
        int col = pos >= 0 ? pos : lat;
        String text = pos >= 0 ? cell(row, pos) : cell(row, lat) + " " + cell(row, lon);
        if (pos < 0 && (cell(row, lat).isEmpty() || cell(row, lon).isEmpty())) {
            problems.add("line " + line + ", column " + (cell(row, lat).isEmpty() ? lat + 1 : lon + 1) + " ("
                    + header.get(cell(row, lat).isEmpty() ? lat : lon) + "): the value is missing.");
            return null;
        }
        try {
            return parser.parse(text);
        } catch (IllegalArgumentException e) {
            String columns = pos >= 0 ? "column " + (pos + 1) + " (" + header.get(pos) + ")"
                    : "columns " + (lat + 1) + "-" + (lon + 1) + " (" + header.get(lat) + ", " + header.get(lon) + ")";
            problems.add("line " + line + ", " + columns + ": '" + text + "' is not a position: " + e.getMessage());
            return null;
        }
    }

    private static Map<String, Object> attributes(List<String> row, List<String> header, int lat, int lon, int pos) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            if (i != lat && i != lon && i != pos && !header.get(i).isEmpty()) {
                out.put(header.get(i), cell(row, i));
            }
        }
        return out;
    }

    private static String cell(List<String> row, int i) {
        return i >= 0 && i < row.size() ? row.get(i).strip() : "";
    }

    private void limit(int count, String name, int line) {
        if (count > limits.maxFeatures()) {
            throw new ImportException(name, "line " + line, "more than " + limits.maxFeatures() + " features.");
        }
    }

    /** The delimiter used in the header line: semicolon (European spreadsheets), tab or comma. */
    private static char delimiter(String header) {
        long semi = header.chars().filter(c -> c == ';').count();
        long tab = header.chars().filter(c -> c == '\t').count();
        long comma = header.chars().filter(c -> c == ',').count();
        return semi > comma && semi >= tab ? ';' : tab > comma ? '\t' : ',';
    }
}
