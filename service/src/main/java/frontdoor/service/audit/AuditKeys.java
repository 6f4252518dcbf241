package frontdoor.service.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The keys that seal the audit chain: each entry's hash is an HMAC-SHA-256, under the key named in the
 * entry, of the previous entry's hash and every field of this one. The keys come from configuration (or the
 * council's secret store through it), never from the database, so whoever can write the database cannot
 * forge a seal. New entries are sealed with the current key; retired keys only verify older entries.
 */
public final class AuditKeys {
    /** The shortest key accepted, in bytes of its text. */
    static final int MIN_LENGTH = 32;
    private final String currentId;
    private final Map<String, byte[]> keys;

    AuditKeys(String currentId, Map<String, byte[]> keys) {
        if (!keys.containsKey(currentId)) {
            throw new IllegalArgumentException("no audit key " + currentId);
        }
        keys.forEach((id, key) -> {
            if (key.length < MIN_LENGTH) {
                throw new IllegalArgumentException("The audit key " + id + " is shorter than " + MIN_LENGTH
                        + " characters: make one with `openssl rand -base64 48` (docs/operations.md)");
            }
        });
        this.currentId = currentId;
        this.keys = Map.copyOf(keys);
    }

    static AuditKeys of(String currentId, String currentKey, Map<String, String> retired) {
        Map<String, byte[]> all = new java.util.HashMap<>();
        retired.forEach((id, key) -> all.put(id, key.getBytes(StandardCharsets.UTF_8)));
        all.put(currentId, currentKey.getBytes(StandardCharsets.UTF_8));
        return new AuditKeys(currentId, all);
    }

    /** The id of the key new entries are sealed with. */
    public String currentId() {
        return currentId;
    }

    boolean knows(String keyId) {
        return keys.containsKey(keyId);
    }

    /** The seal of these parts (in order, each ended by a zero byte) under the key {@code keyId}. */
    String seal(String keyId, String... parts) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(keys.get(keyId), "HmacSHA256"));
            for (String part : parts) {
                mac.update(part.getBytes(StandardCharsets.UTF_8));
                mac.update((byte) 0);
            }
            return HexFormat.of().formatHex(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
