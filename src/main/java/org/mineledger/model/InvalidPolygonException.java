package org.mineledger.model;

/** A polygon that cannot be a hazard area boundary, with the vertex (1-based) at fault when known. */
public class InvalidPolygonException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final int vertex;

    public InvalidPolygonException(String message, int vertex) {
        super(message);
        this.vertex = vertex;
    }

    /** 1-based vertex number where the fault is, or 0 when it concerns the whole polygon. */
    public int vertex() {
        return vertex;
    }
}
