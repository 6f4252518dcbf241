package frontdoor.rules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a compiled version's artefacts are kept between runs, so that a restart loads them instead of compiling
 * again. Only a speed-up: an entry that is missing, unreadable or not what it claims to be is compiled again
 * (and written again), and a cache that cannot be written never stops a compile. What is stored, and how an
 * entry is checked before use, is the engine's business ({@code frontdoor.rules.engine.Kept}).
 */
public interface CompileCache {
    /** Entry names: a version string and a suffix, nothing that could leave the folder. */
    Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,200}");

    /** No cache: every compile compiles. */
    CompileCache NONE = new CompileCache() {
        @Override
        public Optional<byte[]> read(String name) {
            return Optional.empty();
        }

        @Override
        public void write(String name, byte[] bytes) {
        }
    };

    /** The entry's bytes, or empty when there is none or it cannot be read. */
    Optional<byte[]> read(String name);

    /** Keeps an entry, replacing any before; a failure is ignored (the next run compiles again). */
    void write(String name, byte[] bytes);

    /** A cache of files in {@code dir}, created when first written; each entry is written whole or not at all. */
    static CompileCache folder(Path dir) {
        return new CompileCache() {
            @Override
            public Optional<byte[]> read(String name) {
                try {
                    Path file = file(name);
                    return Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
                } catch (IOException | RuntimeException e) {
                    return Optional.empty();
                }
            }

            @Override
            public void write(String name, byte[] bytes) {
                try {
                    Files.createDirectories(dir);
                    Path part = Files.createTempFile(dir, name, ".part");
                    try {
                        Files.write(part, bytes);
                        Files.move(part, file(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                    } finally {
                        Files.deleteIfExists(part);
                    }
                } catch (IOException | RuntimeException e) {
                    // Not kept: the next start compiles again.
                }
            }

            private Path file(String name) {
                if (!NAME.matcher(name).matches()) {
                    throw new IllegalArgumentException("not a cache entry name");
                }
                return dir.resolve(name);
            }

            @Override
            public String toString() {
                return dir.toString();
            }
        };
    }
}
