package frontdoor.service.audit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The chain's head written to the application log as a checkpoint: {@code audit checkpoint seq=N hash=H}
 * (logger {@code frontdoor.audit.checkpoint}). A log kept apart from the database (a log service, a SIEM) then
 * holds what the chain was; a rewrite of the database, even of a chain no key protects, no longer matches it.
 * This instance remembers the checkpoints it wrote (the latest thousand) and verification checks them too.
 */
@Component
class AuditCheckpoints {
    static final String LOGGER = "frontdoor.audit.checkpoint";
    private static final Logger LOG = LoggerFactory.getLogger(LOGGER);
    private static final int KEPT = 1000;
    private final JdbcClient jdbc;
    private final Map<Long, String> written = Collections.synchronizedMap(new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, String> eldest) {
            return size() > KEPT;
        }
    });

    AuditCheckpoints(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Logs the head as it is now (nothing while the chain is empty) and remembers it. */
    void write() {
        Object[] head = jdbc.sql("SELECT seq, hash FROM audit_head WHERE id = 1").query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)}).single();
        long seq = (Long) head[0];
        if (seq > 0) {
            LOG.info("audit checkpoint seq={} hash={}", seq, head[1]);
            written.put(seq, (String) head[1]);
        }
    }

    /** The checkpoints this instance wrote, seq to hash. */
    Map<Long, String> written() {
        synchronized (written) {
            return Map.copyOf(written);
        }
    }
}
