package org.mineledger.io.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Checks common to every reader before a file is opened: it exists, is a file, and is not too big. */
public final class SourceFiles {
    private SourceFiles() {
    }

    /** The file's name for messages, after checking it can be read within {@code limits}. */
    public static String checkReadable(Path file, ImportLimits limits) {
        String name = String.valueOf(file.getFileName());
        if (!Files.exists(file)) {
            throw new ImportException(name, "", "the file does not exist (" + file.toAbsolutePath()
                    + "). Check the name and folder.");
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new ImportException(name, "", "this is not a readable file. Check the name and your permissions.");
        }
        try {
            long size = Files.size(file);
            if (size > limits.maxFileBytes()) {
                throw new ImportException(name, "", String.format("the file is %,d bytes, more than the import limit "
                        + "of %,d bytes. Split it into smaller files (e.g. by district) and import each.",
                        size, limits.maxFileBytes()));
            }
            if (size == 0) {
                throw new ImportException(name, "", "the file is empty (0 bytes). It may have been cut off while "
                        + "copying; copy it again from the source.");
            }
        } catch (IOException e) {
            throw new ImportException(name, "", "the file cannot be read: " + e.getMessage());
        }
        return name;
    }

    /** The name without folder and extension, used as a layer name. */
    public static String baseName(Path file) {
        String n = String.valueOf(file.getFileName());
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }
}
