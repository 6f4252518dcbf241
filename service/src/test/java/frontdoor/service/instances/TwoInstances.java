package frontdoor.service.instances;

import frontdoor.service.FrontdoorApplication;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two whole service instances (two Spring contexts on random ports, the demo users) on one fresh database
 * of an embedded PostgreSQL, as behind a load balancer; closed together.
 */
public final class TwoInstances implements AutoCloseable {
    private static EmbeddedPostgres postgres;
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    public final ConfigurableApplicationContext a;
    public final ConfigurableApplicationContext b;

    private TwoInstances(ConfigurableApplicationContext a, ConfigurableApplicationContext b) {
        this.a = a;
        this.b = b;
    }

    /** Both instances started on a new database, with these extra properties. */
    public static TwoInstances start(String... properties) {
        String url = newDatabase();
        ConfigurableApplicationContext a = instance(url, "a", properties);
        try {
            return new TwoInstances(a, instance(url, "b", properties));
        } catch (RuntimeException e) {
            a.close();
            throw e;
        }
    }

    static ConfigurableApplicationContext instance(String url, String name, String... properties) {
        // as arguments, which come before the test profile's own (H2) database
        List<String> args = new java.util.ArrayList<>(List.of("--server.port=0", "--server.address=127.0.0.1", "--spring.datasource.url=" + url,
                "--spring.datasource.username=postgres", "--spring.datasource.password=", "--frontdoor.instance-name=" + name));
        for (String p : properties) {
            args.add("--" + p);
        }
        return new SpringApplicationBuilder(FrontdoorApplication.class).profiles("test", "demo").run(args.toArray(String[]::new));
    }

    public List<ConfigurableApplicationContext> both() {
        return List.of(a, b);
    }

    static String base(ConfigurableApplicationContext instance) {
        return "http://127.0.0.1:" + instance.getEnvironment().getProperty("local.server.port");
    }

    /** A call as one of the demo users (password "demo"); {@code body} null for a GET. */
    public static HttpResponse<String> call(ConfigurableApplicationContext instance, String user, String method, String path, String body) {
        return send(base(instance), user + ":demo", method, path, body);
    }

    /** The same to an instance at {@code base} (http://host:port), one in a child JVM. */
    public static HttpResponse<String> call(String base, String user, String method, String path, String body) {
        return send(base, user + ":demo", method, path, body);
    }

    /**
     * A call with these credentials ({@code name:password}) and extra headers (name, value, ...), as a load
     * balancer passes it on; {@code body} null for a GET.
     */
    public static HttpResponse<String> send(ConfigurableApplicationContext instance, String credentials, String method, String path,
                                            String body, String... headers) {
        return send(base(instance), credentials, method, path, body, headers);
    }

    private static HttpResponse<String> send(String base, String credentials, String method, String path, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json");
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static synchronized String newDatabase() {
        try {
            if (postgres == null) {
                postgres = EmbeddedPostgres.builder().start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        postgres.close();
                    } catch (IOException ignored) {
                        // the JVM is going anyway
                    }
                }));
            }
            String name = "instances_" + UUID.randomUUID().toString().replace("-", "");
            try (Connection c = postgres.getPostgresDatabase().getConnection()) {
                c.createStatement().execute("CREATE DATABASE " + name);
            }
            return postgres.getJdbcUrl("postgres", name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        b.close();
        a.close();
    }
}
