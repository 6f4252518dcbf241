package frontdoor.service.referral;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import frontdoor.rules.StrictJson;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Hashes written straight from the tree are the hashes stored before: keys sorted as maps sort them. */
class CanonicalJsonTest {
    private static final JsonMapper SORTED = JsonMapper.builder().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"b\": 1, \"a\": {\"z\": [3, {\"y\": null, \"x\": true}], \"Z\": \"é\\u00e9\\\"\\n\"}, \"c\": -9223372036854775808}",
            "{\"referralId\": \"R-1\", \"child\": {\"childId\": \"C-1\", \"unborn\": false}, \"concerns\": [], \"n\": 123456789012345678901234567890}",
            "{\"f\": 1.5, \"g\": [1e3, 0.1]}",
            "[{\"b\": \"\\ud83d\\ude00 </script>\", \"a\": \"\\u0000\"}]"})
    void theSameHashAsThroughMaps(String text) throws Exception {
        JsonNode tree = StrictJson.BODY.tree(text);
        byte[] throughMaps = SORTED.writeValueAsBytes(SORTED.treeToValue(tree, Object.class));
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(throughMaps));
        assertThat(CanonicalJson.sha256(tree)).isEqualTo(expected);
    }
}
