package frontdoor.service.storage;

import static org.assertj.core.api.Assertions.assertThat;

import frontdoor.service.Referrals;
import frontdoor.service.ServiceProcess;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} under load on an operator's own H2 URL, given without {@code WRITE_DELAY} (such a URL lost 75 of
 * 384 acknowledged referrals before {@link DurableStorage}): after a restart on the same URL every referral
 * acknowledged (201/200) before the kill is there, and the audit chain is intact. The service runs in a child JVM
 * on the test class path, on loopback ({@link ServiceProcess}).
 */
class KillDurabilityTest {
    static final int THREADS = 8;
    static final String WORKER = basic("worker:demo");
    static final String AUDITOR = basic("auditor:demo");
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    @Timeout(120)
    void everyAcknowledgedReferralOutlivesKillDashNine(@TempDir Path dir) throws Exception {
        String url = "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("elsewhere/store");
        int port = ServiceProcess.freePort();
        Queue<String> acknowledged = new ConcurrentLinkedQueue<>();
        Process service = start(dir.resolve("first.log"), port, url);
        try {
            AtomicBoolean posting = new AtomicBoolean(true);
            List<Thread> clients = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                Thread client = new Thread(() -> postWhile(posting, port, acknowledged));
                client.start();
                clients.add(client);
            }
            long loadUntil = System.nanoTime() + Duration.ofSeconds(3).toNanos();
            // At least 3 s, and until 100 are acknowledged (a busy machine is slower), for at most 30 s.
            while (System.nanoTime() < loadUntil || acknowledged.size() < 100 && System.nanoTime() < loadUntil + 27_000_000_000L) {
                Thread.sleep(20);
            }
            service.destroyForcibly().waitFor(); // SIGKILL, with requests in flight
            posting.set(false);
            for (Thread client : clients) {
                client.join();
            }
        } finally {
            service.destroyForcibly().waitFor();
        }
        assertThat(acknowledged).as("referrals acknowledged before the kill").hasSizeGreaterThan(20);

        Process again = start(dir.resolve("second.log"), port, url);
        try {
            List<String> lost = acknowledged.stream().filter(id -> get(port, "/api/v1/referrals/" + id, WORKER).statusCode() != 200).toList();
            assertThat(lost).as("of %d acknowledged referrals, lost", acknowledged.size()).isEmpty();
            assertThat(get(port, "/api/v1/audit/verify", AUDITOR).body()).contains("\"intact\":true");
        } finally {
            again.destroyForcibly().waitFor();
        }
    }

    void postWhile(AtomicBoolean posting, int port, Queue<String> acknowledged) {
        while (posting.get()) {
            String id = Referrals.newId();
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/referrals"))
                    .timeout(Duration.ofSeconds(10)).header("Authorization", WORKER).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(Referrals.json(id))).build();
            try {
                int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status == 201 || status == 200) {
                    acknowledged.add(id);
                }
            } catch (IOException e) {
                // the kill: this one was never acknowledged
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** The service in a child JVM on the demo users, once it answers /actuator/health; its output goes to the log file. */
    static Process start(Path log, int port, String url) throws Exception {
        return ServiceProcess.start(log, port, "--spring.profiles.active=demo", "--frontdoor.allocation.watch-seconds=0", url);
    }

    HttpResponse<String> get(int port, String path, String auth) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header("Authorization", auth).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString(user.getBytes(StandardCharsets.UTF_8));
    }
}
