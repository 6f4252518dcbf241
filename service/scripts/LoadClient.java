import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A small bounded load generator for POST /api/v1/referrals (JDK only: run with `java LoadClient.java`).
 *
 *   java LoadClient.java send  BASE_URL THREADS MAX_COUNT MAX_SECONDS ACK_FILE   each referral a new id
 *   java LoadClient.java check BASE_URL ACK_FILE                                  how many acknowledged ids are stored
 *
 * Run from the repository root (or pass -Dtemplate=.../referral.json).
 * `send` stops at MAX_COUNT requests or MAX_SECONDS, whichever first, and writes every referral id the
 * service acknowledged (201 or 200) to ACK_FILE. Credentials: worker:demo unless FRONTDOOR_USER is set.
 */
public class LoadClient {

    public static void main(String[] args) throws Exception {
        String auth = "Basic " + Base64.getEncoder().encodeToString(
                System.getenv().getOrDefault("FRONTDOOR_USER", "worker:demo").getBytes(StandardCharsets.UTF_8));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        switch (args[0]) {
            case "send" -> send(http, auth, args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]), Integer.parseInt(args[4]), Path.of(args[5]));
            case "check" -> check(http, auth, args[1], Path.of(args[2]));
            default -> throw new IllegalArgumentException("send or check");
        }
    }

    static void send(HttpClient http, String auth, String base, int threads, int maxCount, int maxSeconds, Path ackFile) throws Exception {
        // the referral body, "%s" standing for the id
        String template = read(Path.of(System.getProperty("template", "service/scripts/referral.json")));
        String run = Long.toString(System.currentTimeMillis(), 36);
        AtomicInteger issued = new AtomicInteger();
        AtomicLong errors = new AtomicLong();
        Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<String> acked = new ConcurrentLinkedQueue<>();
        List<long[]> latencies = Collections.synchronizedList(new ArrayList<>());
        long start = System.nanoTime();
        long deadline = start + maxSeconds * 1_000_000_000L;
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread worker = new Thread(() -> {
                long[] mine = new long[maxCount + 1];
                int n = 0;
                int i;
                while ((i = issued.getAndIncrement()) < maxCount && System.nanoTime() < deadline) {
                    String id = "L-" + run + "-" + i;
                    HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/referrals"))
                            .timeout(Duration.ofSeconds(10)).header("Authorization", auth).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(template.replace("%s", id))).build();
                    long t0 = System.nanoTime();
                    try {
                        int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                        mine[n++] = System.nanoTime() - t0;
                        statuses.computeIfAbsent(status, s -> new AtomicLong()).incrementAndGet();
                        if (status == 201 || status == 200) {
                            acked.add(id);
                        }
                    } catch (IOException | InterruptedException e) {
                        errors.incrementAndGet();
                        sleep(50);
                    }
                }
                latencies.add(java.util.Arrays.copyOf(mine, n));
            });
            worker.start();
            workers.add(worker);
        }
        for (Thread w : workers) {
            w.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long[] all = latencies.stream().flatMapToLong(java.util.Arrays::stream).sorted().toArray();
        Files.write(ackFile, acked);
        System.out.printf("requests %d in %.1f s, acknowledged %d, connection errors %d, statuses %s%n",
                all.length, seconds, acked.size(), errors.get(), statuses);
        if (all.length > 0) {
            System.out.printf("throughput %.0f/s; latency ms p50 %.1f p90 %.1f p99 %.1f max %.1f%n", all.length / seconds,
                    pct(all, 50), pct(all, 90), pct(all, 99), all[all.length - 1] / 1e6);
        }
    }

    static void check(HttpClient http, String auth, String base, Path ackFile) throws Exception {
        List<String> ids = Files.readAllLines(ackFile);
        int present = 0;
        List<String> lost = new ArrayList<>();
        for (String id : ids) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/referrals/" + id)).header("Authorization", auth).GET().build();
            if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                present++;
            } else {
                lost.add(id);
            }
        }
        System.out.printf("acknowledged %d, present %d, lost %d%s%n", ids.size(), present, lost.size(),
                lost.isEmpty() ? "" : " " + lost.subList(0, Math.min(10, lost.size())));
        System.exit(lost.isEmpty() ? 0 : 1);
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static double pct(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * p / 100.0) - 1)] / 1e6;
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
