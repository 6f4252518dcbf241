package frontdoor.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import frontdoor.rules.CompileCache;
import frontdoor.rules.Json;
import frontdoor.rules.PolicyBundle;
import frontdoor.rules.Recommender;
import frontdoor.rules.StrictJson;
import frontdoor.rules.cases.CaseRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A version loaded from a {@link CompileCache} recommends exactly as one compiled afresh; a bad entry is compiled again. */
class CompileCacheTest {
    /** The scenario corpus of the test-cases module. */
    static final Path CORPUS = Path.of("../test-cases/cases");
    static final PolicyBundle SHIPPED = PolicyBundle.shipped();

    /** A cache that counts what is written to it. */
    static final class Counted implements CompileCache {
        final CompileCache inner;
        final List<String> written = new ArrayList<>();

        Counted(CompileCache inner) {
            this.inner = inner;
        }

        @Override
        public Optional<byte[]> read(String name) {
            return inner.read(name);
        }

        @Override
        public synchronized void write(String name, byte[] bytes) {
            written.add(name);
            inner.write(name, bytes);
        }
    }

    /** Every accepted corpus referral's recommendation, as JSON. */
    static List<String> corpus(Recommender recommender) throws IOException {
        List<String> out = new ArrayList<>();
        for (Path file : CaseRunner.caseFiles(CORPUS)) {
            var tc = StrictJson.DOCUMENT.tree(file);
            if (!tc.path("expect").path("rejected").asBoolean(false)) {
                out.add(Json.MAPPER.writeValueAsString(recommender.recommend(recommender.reader().read(tc.get("referral")))));
            }
        }
        return out;
    }

    @Test
    void aVersionLoadedFromTheCacheRecommendsAsAFreshCompileAcrossTheCorpus(@TempDir Path dir) throws IOException {
        String v = SHIPPED.version();
        List<String> fresh = corpus(Recommender.compile(SHIPPED));
        assertThat(fresh).hasSizeGreaterThanOrEqualTo(100);

        Counted first = new Counted(CompileCache.folder(dir));
        assertThat(corpus(Recommender.compile(SHIPPED, first))).isEqualTo(fresh);
        assertThat(first.written).containsExactlyInAnyOrder(v + ".kjar", v + ".validated");

        Counted again = new Counted(CompileCache.folder(dir));
        Recommender kept = Recommender.compile(SHIPPED, again);
        assertThat(again.written).as("nothing compiled again, so nothing written").isEmpty();
        assertThat(corpus(kept)).isEqualTo(fresh);
        assertThat(kept.escalations()).isEqualTo(Recommender.compile(SHIPPED, again).escalations());
    }

    @Test
    void aCorruptedOrStaleEntryIsCompiledAgainAndRewritten(@TempDir Path dir) throws IOException {
        String v = SHIPPED.version();
        Recommender.compile(SHIPPED, CompileCache.folder(dir));
        Path kjar = dir.resolve(v + ".kjar");
        byte[] bytes = Files.readAllBytes(kjar);
        bytes[bytes.length / 2] ^= 0x5a; // one byte in the middle of the module
        Files.write(kjar, bytes);
        Files.writeString(dir.resolve(v + ".validated"), "not an entry");

        Counted cache = new Counted(CompileCache.folder(dir));
        Recommender rebuilt = Recommender.compile(SHIPPED, cache);
        assertThat(cache.written).containsExactlyInAnyOrder(v + ".kjar", v + ".validated");
        assertThat(corpus(rebuilt)).isEqualTo(corpus(Recommender.compile(SHIPPED)));
        assertThat(Kept.read(CompileCache.folder(dir), v + ".kjar", Kept.key("kjar", "something else"))).as("stale").isEmpty();
    }

    @Test
    void anEntryIsUsedOnlyForItsOwnKeyAndWhole() {
        Map<String, byte[]> store = new ConcurrentHashMap<>();
        CompileCache cache = new CompileCache() {
            @Override
            public Optional<byte[]> read(String name) {
                return Optional.ofNullable(store.get(name));
            }

            @Override
            public void write(String name, byte[] bytes) {
                store.put(name, bytes);
            }
        };
        String key = Kept.key("kjar", "rule \"a\" when then end");
        Kept.write(cache, "v.kjar", key, new byte[] {1, 2, 3});
        assertThat(Kept.read(cache, "v.kjar", key)).contains(new byte[] {1, 2, 3});
        assertThat(Kept.read(cache, "v.kjar", Kept.key("kjar", "rule \"b\" when then end"))).isEmpty();
        assertThat(Kept.key("kjar", "x")).contains(" drools " + Kept.RUNTIME + " ").doesNotContain("null");
        // An entry made by another build of the fact classes the generated rule code calls is stale.
        assertThat(Kept.CODE).matches("[0-9a-f]{64}");
        assertThat(key).endsWith(" code " + Kept.CODE);
        Kept.write(cache, "w.kjar", key.replace(Kept.CODE, "0".repeat(64)), new byte[] {1, 2, 3});
        assertThat(Kept.read(cache, "w.kjar", key)).as("made by another build").isEmpty();
        byte[] whole = store.get("v.kjar");
        for (int i = 0; i < whole.length; i++) {
            byte[] altered = whole.clone();
            altered[i] ^= 1;
            store.put("v.kjar", altered);
            assertThat(Kept.read(cache, "v.kjar", key)).as("byte %d altered", i).isEmpty();
        }
        store.put("v.kjar", java.util.Arrays.copyOf(whole, whole.length - 1));
        assertThat(Kept.read(cache, "v.kjar", key)).isEmpty();
    }

    @Test
    void aCacheThatCannotBeWrittenStopsNothing(@TempDir Path dir) throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("file"), "x");
        CompileCache cache = CompileCache.folder(notAFolder.resolve("cache"));
        Recommender compiled = Recommender.compile(SHIPPED, cache);
        assertThat(compiled.policyVersion()).isEqualTo(SHIPPED.version());
        assertThat(cache.read(SHIPPED.version() + ".kjar")).isEmpty();
    }
}
