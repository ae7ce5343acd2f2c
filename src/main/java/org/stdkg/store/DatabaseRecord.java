package org.stdkg.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * A one-line file stdkg keeps beside TDB2's generations ({@code Data-NNNN}) to remember something about the database
 * between runs: the size of its last compaction, the state in which its text index was last verified. Written whole
 * (a temporary file moved into place), so a kill leaves the old line or the new one; read as absent when missing.
 */
final class DatabaseRecord {

    private final Path file;

    private DatabaseRecord(Path file) {
        this.file = file;
    }

    /** The record of that name in a TDB2 database directory (its container, which holds the generations). */
    static DatabaseRecord in(Path container, String name) {
        return new DatabaseRecord(container.resolve(name));
    }

    /** The line, trimmed; empty when there is none (never written, or unreadable). */
    Optional<String> read() {
        try {
            return Optional.of(Files.readString(file).trim());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Replaces the line, atomically. */
    void write(String line) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, line + "\n");
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    Path file() {
        return file;
    }
}
