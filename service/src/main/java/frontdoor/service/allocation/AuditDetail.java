package frontdoor.service.allocation;

import java.util.LinkedHashMap;
import java.util.Map;

/** The detail of a roster or plan audit entry: a little JSON of ids and counts, never personal data. */
final class AuditDetail {
    private AuditDetail() {
    }

    /** {@code of("staffId", "S4", "added", true)}; null values are left out. */
    static String of(Object... namesAndValues) {
        Map<String, Object> detail = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                detail.put((String) namesAndValues[i], namesAndValues[i + 1]);
            }
        }
        return Roster.write(detail);
    }
}
