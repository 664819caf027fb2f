package org.mineledger.store;

import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Writes a whole 2D SQLite R*Tree at once into its shadow tables ({@code _node}, {@code _rowid},
 * {@code _parent}), packed Sort-Tile-Recursive from the entries' envelopes, as GDAL does for large GeoPackage
 * layers: inserting the rows one by one costs SQLite a ChooseLeaf descent and node splits for each.
 *
 * <p>Only for an index that is empty (its root node without cells). The node format is that of SQLite's
 * {@code ext/rtree/rtree.c}: a node is a blob of the table's node size, a 16-bit big-endian tree depth (read in
 * the root only) and cell count, then cells of a 64-bit big-endian id (rowid in a leaf, child node number above)
 * and the 32-bit big-endian float bounds minX, maxX, minY, maxY, rounded outwards as SQLite rounds them.
 */
final class PackedRtree {
    private static final int CELL_BYTES = 8 + 4 * 4;
    private static final double ROUND_TOWARDS_ZERO = 1.0 - 1.0 / 8388608.0;
    private static final double ROUND_AWAY_FROM_ZERO = 1.0 + 1.0 / 8388608.0;

    private final int nodeBytes;
    private final int maxCells;
    private final List<Cell> entries = new ArrayList<>();

    /** {@code nodeBytes}: the length of the table's node blobs (that of its root node). */
    PackedRtree(int nodeBytes) {
        this.nodeBytes = nodeBytes;
        this.maxCells = (nodeBytes - 4) / CELL_BYTES;
        if (maxCells < 2) {
            throw new IllegalArgumentException("An R*Tree node of " + nodeBytes + " bytes cannot hold two cells");
        }
    }

    /** Queues the entry of {@code id} with its envelope; stored as SQLite would store it. */
    void add(long id, double minX, double maxX, double minY, double maxY) {
        entries.add(new Cell(id, down(minX), up(maxX), down(minY), up(maxY)));
    }

    int size() {
        return entries.size();
    }

    /** Writes the tree into the shadow tables of R*Tree {@code table}, replacing its (empty) root node. */
    void write(Connection c, String table) throws SQLException {
        List<List<List<Cell>>> levels = new ArrayList<>();
        List<long[]> numbers = new ArrayList<>();
        List<List<Cell>> level = pack(entries);
        long next = 2;
        while (level.size() > 1) {
            // each node gets its number as the cell pointing to it is made; the root alone is node 1
            long[] these = new long[level.size()];
            List<Cell> parents = new ArrayList<>(level.size());
            for (int i = 0; i < level.size(); i++) {
                these[i] = next++;
                parents.add(Cell.around(these[i], level.get(i)));
            }
            levels.add(level);
            numbers.add(these);
            level = pack(parents);
        }
        levels.add(level);
        numbers.add(new long[] {1});
        int depth = levels.size() - 1;
        try (PreparedStatement node = c.prepareStatement("INSERT OR REPLACE INTO \"" + table
                + "_node\" (nodeno, data) VALUES (?, ?)");
             PreparedStatement rowid = c.prepareStatement("INSERT INTO \"" + table
                     + "_rowid\" (rowid, nodeno) VALUES (?, ?)");
             PreparedStatement parent = c.prepareStatement("INSERT INTO \"" + table
                     + "_parent\" (nodeno, parentnode) VALUES (?, ?)")) {
            for (int l = 0; l <= depth; l++) {
                List<List<Cell>> nodes = levels.get(l);
                for (int i = 0; i < nodes.size(); i++) {
                    long nodeNo = numbers.get(l)[i];
                    List<Cell> cells = nodes.get(i);
                    node.setLong(1, nodeNo);
                    node.setBytes(2, blob(cells, l == depth ? depth : 0));
                    node.addBatch();
                    link(l == 0 ? rowid : parent, cells, nodeNo);
                }
            }
            node.executeBatch();
            rowid.executeBatch();
            parent.executeBatch();
        }
    }

    /**
     * Records that {@code cells} are in node {@code nodeNo}. A method of its own: called for each of thousands of
     * nodes, the JVM compiles it early; the loop inline would run uncompiled through a first import.
     */
    private static void link(PreparedStatement link, List<Cell> cells, long nodeNo) throws SQLException {
        for (Cell cell : cells) {
            link.setLong(1, cell.id);
            link.setLong(2, nodeNo);
            link.addBatch();
        }
    }

    /**
     * Groups cells into nodes (Sort-Tile-Recursive: vertical slices by centre x, each sorted by centre y),
     * as evenly filled as possible so that no node but a lone root holds fewer than half the maximum.
     */
    private List<List<Cell>> pack(List<Cell> cells) {
        int n = cells.size();
        int nodes = Math.max(1, (n + maxCells - 1) / maxCells);
        int slices = (int) Math.ceil(Math.sqrt(nodes));
        int perSlice = (n + slices - 1) / slices;
        Cell[] sorted = cells.toArray(new Cell[0]);
        sortByCentre(sorted, 0, n, true);
        for (int from = 0; from < n; from += perSlice) {
            sortByCentre(sorted, from, Math.min(n, from + perSlice), false);
        }
        List<List<Cell>> out = new ArrayList<>(nodes);
        for (int i = 0; i < nodes; i++) {
            int from = (int) ((long) n * i / nodes);
            int to = (int) ((long) n * (i + 1) / nodes);
            out.add(Arrays.asList(sorted).subList(from, to));
        }
        return out;
    }

    /**
     * Sorts cells {@code from} to {@code to} by the x (or y) of their centres: as primitive keys (twice the
     * centre as a float, in order-preserving bits, then the position), which sorts tens of thousands of cells
     * several times faster than comparing the cells. Equal keys keep their order.
     */
    private static void sortByCentre(Cell[] cells, int from, int to, boolean byX) {
        long[] keys = new long[to - from];
        for (int i = 0; i < keys.length; i++) {
            Cell c = cells[from + i];
            int bits = Float.floatToIntBits(byX ? c.minX + c.maxX : c.minY + c.maxY);
            keys[i] = (long) (bits ^ (bits >> 31 & 0x7fffffff)) << 32 | i;
        }
        Arrays.sort(keys);
        Cell[] before = Arrays.copyOfRange(cells, from, to);
        for (int i = 0; i < keys.length; i++) {
            cells[from + i] = before[(int) keys[i]];
        }
    }

    private byte[] blob(List<Cell> cells, int depth) {
        ByteBuffer b = ByteBuffer.allocate(nodeBytes); // big-endian, zero-filled
        b.putShort((short) depth).putShort((short) cells.size());
        for (Cell cell : cells) {
            b.putLong(cell.id).putFloat(cell.minX).putFloat(cell.maxX).putFloat(cell.minY).putFloat(cell.maxY);
        }
        return b.array();
    }

    /** SQLite's rtreeValueDown: the largest float not above {@code d} (as far as its rounding gets). */
    static float down(double d) {
        float f = (float) d;
        return f > d ? (float) (d * (d < 0 ? ROUND_AWAY_FROM_ZERO : ROUND_TOWARDS_ZERO)) : f;
    }

    /** SQLite's rtreeValueUp: the smallest float not below {@code d}. */
    static float up(double d) {
        float f = (float) d;
        return f < d ? (float) (d * (d < 0 ? ROUND_TOWARDS_ZERO : ROUND_AWAY_FROM_ZERO)) : f;
    }

    private record Cell(long id, float minX, float maxX, float minY, float maxY) {
        static Cell around(long id, List<Cell> children) {
            float minX = Float.POSITIVE_INFINITY;
            float maxX = Float.NEGATIVE_INFINITY;
            float minY = Float.POSITIVE_INFINITY;
            float maxY = Float.NEGATIVE_INFINITY;
            for (Cell c : children) {
                minX = Math.min(minX, c.minX);
                maxX = Math.max(maxX, c.maxX);
                minY = Math.min(minY, c.minY);
                maxY = Math.max(maxY, c.maxY);
            }
            return new Cell(id, minX, maxX, minY, maxY);
        }
    }
}
