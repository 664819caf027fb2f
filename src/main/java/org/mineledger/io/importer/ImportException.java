package org.mineledger.io.importer;

import org.mineledger.io.DataFileException;

/** A file that cannot be imported at all, with the file, where in it, the reason and what to do. */
public class ImportException extends DataFileException {
    private static final long serialVersionUID = 1L;

    /** {@code where} may be empty; otherwise e.g. {@code line 3, column 7}. */
    public ImportException(String file, String where, String reason) {
        super(file + (where == null || where.isEmpty() ? "" : ", " + where) + ": " + reason);
    }

    public ImportException(String file, String where, String reason, Throwable cause) {
        super(file + (where == null || where.isEmpty() ? "" : ", " + where) + ": " + reason, cause);
    }
}
