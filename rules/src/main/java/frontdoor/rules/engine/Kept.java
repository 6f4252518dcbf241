package frontdoor.rules.engine;

import frontdoor.rules.CompileCache;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Properties;
import org.drools.model.codegen.ExecutableModelProject;

/**
 * One entry of a {@link CompileCache}, checked before use. An entry carries the key it was made for (what it
 * is, the SHA-256 of the sources it was made from, the Drools version and the Java feature release that made
 * it) and the SHA-256 of its payload; it is used only when all of them match, so a stale, truncated or altered
 * entry is never used: it reads as missing and the caller compiles again.
 */
final class Kept {
    private static final String MAGIC = "frontdoor-compiled/1";
    /** The Drools that generates and compiles the executable model; null when it cannot be told (nothing is cached then). */
    static final String RUNTIME = runtime();
    /**
     * The SHA-256 of this build's classes that a kept entry depends on: the fact types the generated rule code
     * calls ({@link Assessment}, {@link CodedConcern}) and {@link Models}, which says what a validation checks.
     * An entry made by another build of them is stale (its generated code could call a getter that is gone).
     * Null when they cannot be read (nothing is cached then).
     */
    static final String CODE = code(Assessment.class, CodedConcern.class, Models.class);

    private Kept() {
    }

    /** The key of an entry made from {@code sources} as {@code what}. */
    static String key(String what, String... sources) {
        MessageDigest sha = sha256();
        for (String s : sources) {
            sha.update(s.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
        }
        return what + " " + HexFormat.of().formatHex(sha.digest()) + " drools " + RUNTIME + " java " + Runtime.version().feature()
                + " code " + CODE;
    }

    /** The payload of entry {@code name} if it was made for {@code key} and is whole. */
    static Optional<byte[]> read(CompileCache cache, String name, String key) {
        if (RUNTIME == null || CODE == null) {
            return Optional.empty();
        }
        return cache.read(name).flatMap(bytes -> {
            try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
                if (!in.readUTF().equals(MAGIC) || !in.readUTF().equals(key)) {
                    return Optional.empty();
                }
                byte[] digest = in.readNBytes(in.readUnsignedByte());
                int length = in.readInt();
                byte[] payload = in.readNBytes(length);
                return payload.length == length && in.read() == -1 && Arrays.equals(digest, sha256().digest(payload))
                        ? Optional.of(payload) : Optional.empty();
            } catch (IOException | RuntimeException e) {
                return Optional.empty();
            }
        });
    }

    /** Keeps {@code payload} as entry {@code name}, made for {@code key}. */
    static void write(CompileCache cache, String name, String key, byte[] payload) {
        if (RUNTIME == null || CODE == null) {
            return;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(payload.length + 256);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeUTF(MAGIC);
            out.writeUTF(key);
            byte[] digest = sha256().digest(payload);
            out.writeByte(digest.length);
            out.write(digest);
            out.writeInt(payload.length);
            out.write(payload);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        cache.write(name, bytes.toByteArray());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String code(Class<?>... classes) {
        MessageDigest sha = sha256();
        for (Class<?> c : classes) {
            try (InputStream in = c.getResourceAsStream(c.getSimpleName() + ".class")) {
                if (in == null) {
                    return null;
                }
                sha.update(in.readAllBytes());
            } catch (IOException e) {
                return null;
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static String runtime() {
        try (InputStream in = ExecutableModelProject.class.getResourceAsStream("/META-INF/maven/org.drools/drools-model-codegen/pom.properties")) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                return p.getProperty("version");
            }
        } catch (IOException e) {
            // told below, or not at all
        }
        return ExecutableModelProject.class.getPackage().getImplementationVersion();
    }
}
