package org.mineledger.store;

/** A workspace cannot be opened, read or written; the message tells a deminer what, which file, and what to do. */
public class WorkspaceException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** What to do that depends on where the user works: the window's menus or the command line. */
    public enum Remedy {
        NONE("", ""),
        NEW_WORKSPACE(" or create a new one with File > New.", " or create a new one with `mineledger new FILE`."),
        IMPORT_INTO_WORKSPACE(" with File > Import.", " with `mineledger import WORKSPACE FILE`.");

        private final String window;
        private final String commandLine;

        Remedy(String window, String commandLine) {
            this.window = window;
            this.commandLine = commandLine;
        }
    }

    private final String problem;
    private final Remedy remedy;

    public WorkspaceException(String message) {
        this(message, Remedy.NONE, null);
    }

    public WorkspaceException(String message, Throwable cause) {
        this(message, Remedy.NONE, cause);
    }

    /** {@code problem} is completed by {@code remedy} in the words of the window or of the command line. */
    public WorkspaceException(String problem, Remedy remedy, Throwable cause) {
        super(problem + remedy.window, cause);
        this.problem = problem;
        this.remedy = remedy;
    }

    /** The message with the remedy as the command line gives it ({@link #getMessage()} names the window's menus). */
    public String commandLineMessage() {
        return problem + remedy.commandLine;
    }
}
