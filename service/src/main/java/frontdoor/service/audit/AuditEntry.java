package frontdoor.service.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * One link of the audit chain: who did what to which subject, when. {@code hash} covers the previous
 * entry's hash and every field of this one: an HMAC-SHA-256 under the audit key {@code keyId}
 * ({@link AuditKeys}), or, for entries written before the chain was keyed ({@code keyId} null), a plain
 * SHA-256. {@code detail} never holds personal data.
 */
public record AuditEntry(long seq, Instant at, String actor, String action, String subject, String detail,
                         String prevHash, String hash, String keyId) {
    public static final String GENESIS = "0".repeat(64);

    /** An entry written before the chain was keyed. */
    public AuditEntry(long seq, Instant at, String actor, String action, String subject, String detail, String prevHash, String hash) {
        this(seq, at, actor, action, subject, detail, prevHash, hash, null);
    }

    /** The hash this entry must carry, given its fields and the keys (null when its key is unknown). */
    String expectedHash(AuditKeys keys) {
        if (keyId == null) {
            return hash(seq, at, actor, action, subject, detail, prevHash);
        }
        return keys.knows(keyId) ? seal(keys, keyId, seq, at, actor, action, subject, detail, prevHash) : null;
    }

    /** The plain SHA-256 of an entry written before the chain was keyed. */
    static String hash(long seq, Instant at, String actor, String action, String subject, String detail, String prevHash) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String part : parts(seq, at, actor, action, subject, detail, prevHash)) {
                sha.update(part.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The seal under key {@code keyId}, which covers the key's id too. */
    static String seal(AuditKeys keys, String keyId, long seq, Instant at, String actor, String action, String subject,
                       String detail, String prevHash) {
        String[] fields = parts(seq, at, actor, action, subject, detail, prevHash);
        String[] withKey = java.util.Arrays.copyOf(fields, fields.length + 1);
        withKey[fields.length] = keyId;
        return keys.seal(keyId, withKey);
    }

    private static String[] parts(long seq, Instant at, String actor, String action, String subject, String detail, String prevHash) {
        return new String[] {prevHash, Long.toString(seq), at.toString(), actor, action, subject, detail};
    }
}
