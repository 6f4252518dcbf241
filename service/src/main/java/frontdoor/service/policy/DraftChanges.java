package frontdoor.service.policy;

import frontdoor.service.policy.PolicyChanges.Change;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.springframework.stereotype.Service;

/** A draft's changes against the version it is based on, file by file, as the policy reads ({@link PolicyChanges}). */
@Service
public class DraftChanges {
    private final Drafts drafts;
    private final DraftStore draftStore;
    private final PolicyStore versions;

    DraftChanges(Drafts drafts, DraftStore draftStore, PolicyStore versions) {
        this.drafts = drafts;
        this.draftStore = draftStore;
        this.versions = versions;
    }

    public PolicyChanges of(String draftId) {
        PolicyDraft d = drafts.draft(draftId, false);
        return between(draftId, d.revision(), d.basedOn(), versions.files(d.basedOn()), draftStore.files(draftId));
    }

    static PolicyChanges between(String draftId, int revision, String basedOn, Map<String, String> before, Map<String, String> after) {
        List<PolicyChanges.TableChange> tables = new ArrayList<>();
        List<PolicyChanges.RuleChange> rules = new ArrayList<>();
        List<PolicyChanges.ValueChange> values = new ArrayList<>();
        List<PolicyChanges.FileChange> cases = new ArrayList<>();
        TreeSet<String> names = new TreeSet<>(before.keySet());
        names.addAll(after.keySet());
        for (String name : names) {
            String was = before.get(name);
            String now = after.get(name);
            if (Objects.equals(was, now)) {
                continue;
            }
            if (PolicyFiles.isCase(name)) {
                cases.add(new PolicyChanges.FileChange(name, was == null ? Change.ADDED : now == null ? Change.REMOVED : Change.CHANGED));
            } else if (name.endsWith(".dmn")) {
                tables.addAll(TableChanges.of(name, was, now));
            } else if (name.endsWith(".drl")) {
                rules.addAll(ValueChanges.rules(was, now));
            } else {
                values.addAll(ValueChanges.values(name, was, now));
            }
        }
        return new PolicyChanges(draftId, revision, basedOn, tables, rules, values, cases);
    }
}
