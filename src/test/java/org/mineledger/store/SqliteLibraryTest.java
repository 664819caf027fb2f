package org.mineledger.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteLibraryTest {
    @TempDir
    Path folder;

    @Test
    void keepsOneExactCopyOfTheDriversLibraryAndReusesIt() throws Exception {
        Optional<String> resource = SqliteLibrary.resource();
        assumeTrue(resource.isPresent(), "no library name known for this platform");
        Path lib = SqliteLibrary.keptCopy(folder).orElseThrow();
        assertThat(lib).startsWith(folder);
        byte[] expected;
        try (InputStream in = SqliteLibrary.class.getResourceAsStream(resource.get())) {
            expected = in.readAllBytes();
        }
        assertThat(Files.readAllBytes(lib)).isEqualTo(expected);

        FileTime made = FileTime.fromMillis(1_000_000);
        Files.setLastModifiedTime(lib, made);
        assertThat(SqliteLibrary.keptCopy(folder)).contains(lib);
        assertThat(Files.getLastModifiedTime(lib)).isEqualTo(made);
        try (var files = Files.list(lib.getParent())) {
            assertThat(files).containsExactly(lib);
        }
    }

    @Test
    void replacesACopyCutShort() throws Exception {
        assumeTrue(SqliteLibrary.resource().isPresent(), "no library name known for this platform");
        Path lib = SqliteLibrary.keptCopy(folder).orElseThrow();
        long size = Files.size(lib);
        Files.write(lib, new byte[10]);
        assertThat(SqliteLibrary.keptCopy(folder)).contains(lib);
        assertThat(Files.size(lib)).isEqualTo(size);
    }

    @Test
    void givesUpQuietlyWhenTheFolderCannotBeWritten() throws Exception {
        assumeTrue(SqliteLibrary.resource().isPresent(), "no library name known for this platform");
        Path file = Files.writeString(folder.resolve("not-a-folder"), "x");
        assertThat(SqliteLibrary.keptCopy(file.resolve("native"))).isEmpty();
    }
}
