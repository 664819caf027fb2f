package org.mineledger.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/** Opens the files shipped inside the application ({@code maps/…}, {@code samples/…}) from the classpath. */
public final class BundledResources {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final ClassLoader loader;

    /** Reads from the class loader that loaded MineLedger. */
    public BundledResources() {
        this(BundledResources.class.getClassLoader());
    }

    public BundledResources(ClassLoader loader) {
        this.loader = Objects.requireNonNull(loader, "loader");
    }

    /** Opens a bundled file such as {@code samples/index.json}; the caller closes the stream. */
    public InputStream open(String path) {
        InputStream in = loader.getResourceAsStream(path);
        if (in == null) {
            throw new DataFileException("The bundled file " + path + " is missing from the application. "
                    + "Reinstall MineLedger or report this as a packaging fault.");
        }
        return in;
    }

    /** Reads a bundled JSON file into a tree. */
    public JsonNode readJson(String path) {
        try (InputStream in = open(path)) {
            JsonNode node = JSON.readTree(in);
            if (node == null || !node.isObject()) {
                throw new DataFileException("The bundled file " + path + " is empty or not a JSON object.");
            }
            return node;
        } catch (IOException e) {
            throw new DataFileException("The bundled file " + path + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** The text of a required field, or a failure naming the file and the field. */
    public static String requiredText(JsonNode node, String field, String path) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new DataFileException(path + ": the field \"" + field + "\" is missing or not a text.");
        }
        return value.asText();
    }
}
