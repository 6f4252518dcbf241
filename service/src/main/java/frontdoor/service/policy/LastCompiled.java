package frontdoor.service.policy;

import java.util.LinkedHashMap;
import java.util.Map;

/** Compiled versions kept by key, the least recently used dropped first once more than {@code kept} are held. Not thread-safe. */
final class LastCompiled extends LinkedHashMap<String, PolicyInForce> {
    private final int kept;

    LastCompiled(int kept) {
        super(8, 0.75f, true);
        this.kept = kept;
    }

    @Override
    protected boolean removeEldestEntry(Map.Entry<String, PolicyInForce> eldest) {
        return size() > kept;
    }
}
