package org.mineledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mineledger.store.Workspace;

/** {@code export --force} replaces an earlier export, never a workspace or any other GeoPackage. */
class ExportOverwriteCommandTest {
    @TempDir
    Path dir;
    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    @ParameterizedTest
    @ValueSource(strings = {"geojson", "kml", "shp", "gpx", "csv"})
    void forceNeverReplacesTheWorkspaceBeingExported(String format) throws Exception {
        Path ws = sample("field.gpkg");
        String before = sha256(ws);

        int code = MineLedgerCommand.run("export", ws.toString(), ws.toString(), "--format", format, "--force");

        assertThat(code).isEqualTo(MineLedgerCommand.USER_ERROR);
        assertThat(console.err()).contains("field.gpkg is the workspace you are exporting from", "choose another");
        assertThat(sha256(ws)).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"geojson", "kml", "csv"})
    void forceNeverReplacesAnotherGeoPackage(String format) throws Exception {
        Path ws = sample("field.gpkg");
        Path other = sample("other.gpkg");
        String before = sha256(other);

        int code = MineLedgerCommand.run("export", ws.toString(), other.toString(), "--format", format, "--force");

        assertThat(code).isEqualTo(MineLedgerCommand.USER_ERROR);
        assertThat(console.err()).contains("other.gpkg already exists and is a GeoPackage", "never replaces");
        assertThat(sha256(other)).isEqualTo(before);
        try (Workspace w = Workspace.open(other)) {
            assertThat(w.check().problems()).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"geojson", "kml", "csv"})
    void forceReplacesAnEarlierExportAndWithoutItTheMessageFitsTheFormat(String format) throws Exception {
        Path ws = sample("field.gpkg");
        Path out = dir.resolve("areas." + format);
        Files.writeString(out, "an earlier export");

        assertThat(MineLedgerCommand.run("export", ws.toString(), out.toString(), "--format", format))
                .isEqualTo(MineLedgerCommand.USER_ERROR);
        assertThat(console.err()).contains("already exists", "--force").doesNotContain("GeoPackage");
        assertThat(Files.readString(out)).isEqualTo("an earlier export");

        assertThat(MineLedgerCommand.run("export", ws.toString(), out.toString(), "--format", format, "--force"))
                .as(console.err()).isZero();
        assertThat(Files.readString(out)).contains("HA-0001");
    }

    private Path sample(String name) {
        Path ws = dir.resolve(name);
        assertThat(MineLedgerCommand.run("sample", "border-crossing", ws.toString())).isZero();
        return ws;
    }

    private static String sha256(Path f) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f)));
    }
}
