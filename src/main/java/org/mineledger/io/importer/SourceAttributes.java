package org.mineledger.io.importer;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The attributes of one feature of a table-like source (a GeoPackage layer, a shapefile's .dbf): an unmodifiable
 * map in column order that shares the column names with every other feature of the layer and holds only its own
 * values. A 50,000-feature import keeps every feature until it is committed, so this is a fifth of the memory of
 * a map per feature.
 */
public final class SourceAttributes extends AbstractMap<String, Object> {
    private final Columns columns;
    private final Object[] values;

    private SourceAttributes(Columns columns, Object[] values) {
        this.columns = columns;
        this.values = values;
    }

    /**
     * The column names of a layer, made once and shared by its features, with the short texts seen so far: the
     * same kind or status in every row is then held once, not once per feature. Not thread-safe.
     */
    public static final class Columns {
        private static final int SHORT_TEXT = 40;
        private static final int MAX_SHARED = 4096;
        private final String[] names;
        private final Map<String, String> seen = new java.util.HashMap<>();

        public Columns(List<String> names) {
            this.names = names.toArray(String[]::new);
            if (new java.util.HashSet<>(names).size() != this.names.length) {
                throw new IllegalArgumentException("Column names repeat: " + names + ".");
            }
        }

        public int size() {
            return names.length;
        }

        /** One feature's attributes; {@code values.get(i)} is the value of column {@code i} (may be null). */
        public SourceAttributes of(List<?> values) {
            if (values.size() != names.length) {
                throw new IllegalArgumentException(names.length + " columns but " + values.size() + " values.");
            }
            Object[] own = values.toArray();
            for (int i = 0; i < own.length; i++) {
                if (own[i] instanceof String t && t.length() <= SHORT_TEXT) {
                    String first = seen.get(t);
                    if (first != null) {
                        own[i] = first;
                    } else if (seen.size() < MAX_SHARED) {
                        seen.put(t, t);
                    }
                }
            }
            return new SourceAttributes(this, own);
        }

        int indexOf(Object name) {
            for (int i = 0; i < names.length; i++) {
                if (names[i].equals(name)) {
                    return i;
                }
            }
            return -1;
        }
    }

    @Override
    public int size() {
        return values.length;
    }

    @Override
    public boolean containsKey(Object key) {
        return columns.indexOf(key) >= 0;
    }

    @Override
    public Object get(Object key) {
        int i = columns.indexOf(key);
        return i < 0 ? null : values[i];
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return values.length;
            }

            @Override
            public Iterator<Entry<String, Object>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < values.length;
                    }

                    @Override
                    public Entry<String, Object> next() {
                        if (next >= values.length) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return new SimpleImmutableEntry<>(columns.names[i], values[i]);
                    }
                };
            }
        };
    }

    /** Whether {@code other} has the same columns as this, in the same order. */
    boolean sameColumns(Map<String, Object> other) {
        return other instanceof SourceAttributes a && a.columns == columns;
    }
}
