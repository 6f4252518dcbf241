package frontdoor.service.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * One link of the audit chain: who did what to which subject, when; {@code hash} is the SHA-256 of the
 * previous entry's hash and every field of this one. {@code detail} never holds personal data.
 */
public record AuditEntry(long seq, Instant at, String actor, String action, String subject, String detail,
                         String prevHash, String hash) {
    public static final String GENESIS = "0".repeat(64);

    /** The hash this entry must carry, given its fields. */
    public String expectedHash() {
        return hash(seq, at, actor, action, subject, detail, prevHash);
    }

    static String hash(long seq, Instant at, String actor, String action, String subject, String detail, String prevHash) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String part : new String[] {prevHash, Long.toString(seq), at.toString(), actor, action, subject, detail}) {
                sha.update(part.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
