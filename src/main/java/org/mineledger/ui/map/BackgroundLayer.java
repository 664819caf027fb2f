package org.mineledger.ui.map;

import java.util.concurrent.Callable;
import javafx.beans.property.ObjectProperty;
import javafx.concurrent.Task;

/**
 * One map layer filled from workspace reads on a background thread, so that a large read does not freeze the
 * window. The latest request wins: a read that finishes after a newer {@link #load} or {@link #show} is dropped,
 * so the map never shows the layer of an area that is no longer selected.
 *
 * @param <T> the layer's value, e.g. the list of signs of the selected area
 */
public final class BackgroundLayer<T> {
    private static final System.Logger LOG = System.getLogger(BackgroundLayer.class.getName());

    private final ObjectProperty<T> target;
    private final T empty;
    private final String name;
    private long latest;

    /**
     * @param target the map property this layer fills
     * @param empty  what the map shows when a read fails (never the previous, perhaps unrelated, value)
     * @param name   the layer's name, for the reading thread and the log
     */
    public BackgroundLayer(ObjectProperty<T> target, T empty, String name) {
        this.target = target;
        this.empty = empty;
        this.name = name;
    }

    /** Shows this value now; a read still under way is dropped when it ends. */
    public void show(T value) {
        latest++;
        target.set(value);
    }

    /**
     * Reads the layer on a background thread and shows it, unless another request came meanwhile. The map shows the
     * empty layer while it reads, not the one before, which may belong to another area or workspace.
     */
    public void load(Callable<T> read) {
        long request = ++latest;
        target.set(empty);
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return read.call();
            }
        };
        task.setOnSucceeded(e -> {
            if (request == latest) {
                target.set(task.getValue());
            }
        });
        task.setOnFailed(e -> {
            if (request == latest) {
                LOG.log(System.Logger.Level.WARNING, "Could not read the " + name + " layer", task.getException());
                target.set(empty);
            }
        });
        Thread t = new Thread(task, "mineledger-" + name);
        t.setDaemon(true);
        t.start();
    }
}
