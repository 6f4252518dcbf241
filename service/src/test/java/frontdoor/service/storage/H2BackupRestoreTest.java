package frontdoor.service.storage;

import static frontdoor.service.Referrals.json;
import static frontdoor.service.Referrals.newId;
import static org.assertj.core.api.Assertions.assertThat;

import frontdoor.service.FrontdoorApplication;
import frontdoor.service.audit.AuditLog;
import frontdoor.service.audit.Verification;
import frontdoor.service.referral.ReferralRepository;
import frontdoor.service.referral.ReferralService;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.h2.tools.Restore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The backup docs/operations.md describes for H2: BACKUP TO while the service runs, restored, and the copy verifies its chain. */
class H2BackupRestoreTest {

    @Test
    void aBackupTakenWhileRunningRestoresToAStoreWhoseChainVerifies(@TempDir Path live, @TempDir Path restored) {
        Path zip = live.resolve("backup.zip");
        List<String> ids = new ArrayList<>();
        long entries;
        try (ConfigurableApplicationContext service = start(live)) {
            for (int i = 0; i < 5; i++) {
                String id = newId();
                service.getBean(ReferralService.class).submit(json(id), "worker");
                ids.add(id);
            }
            JdbcClient jdbc = service.getBean(JdbcClient.class);
            jdbc.sql("BACKUP TO '" + zip + "'").update();
            entries = jdbc.sql("SELECT count(*) FROM audit_entry").query(Long.class).single();
        }
        Restore.execute(zip.toString(), restored.toString(), "frontdoor");
        try (ConfigurableApplicationContext copy = start(restored)) {
            Verification verified = copy.getBean(AuditLog.class).verify();
            assertThat(verified.intact()).as(verified.problem()).isTrue();
            assertThat(verified.entriesChecked()).isGreaterThanOrEqualTo(entries);
            ReferralRepository referrals = copy.getBean(ReferralRepository.class);
            assertThat(ids).allSatisfy(id -> assertThat(referrals.findByReferralId(id)).isPresent());
        }
    }

    private static ConfigurableApplicationContext start(Path dir) {
        return new SpringApplicationBuilder(FrontdoorApplication.class).profiles("test", "demo")
                .run("--server.port=0", "--server.address=127.0.0.1", "--frontdoor.allocation.watch-seconds=0",
                        "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("frontdoor"));
    }
}
