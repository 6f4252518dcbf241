package frontdoor.service.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The firewall's loop lets through exactly what Spring Security's regular expressions let through. */
class HeaderFirewallTest {
    /** Spring Security's own, as StrictHttpFirewall writes them. */
    static final Pattern NAMES = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");
    static final Pattern VALUES = Pattern.compile("[\\p{IsAssigned}&&[[^\\p{IsControl}]||\\t]]*");

    @Test
    void everyCodePointIsJudgedAsSpringSecurityJudgesIt() {
        for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
            String one = "a" + new String(Character.toChars(c)) + "b";
            assertThat(HeaderFirewall.printable(one, false)).as("name U+%04X", c).isEqualTo(NAMES.matcher(one).matches());
            assertThat(HeaderFirewall.printable(one, true)).as("value U+%04X", c).isEqualTo(VALUES.matcher(one).matches());
        }
    }

    @Test
    void headersAsSentPassAndControlCharactersDoNot() {
        assertThat(HeaderFirewall.printable("Basic d29ya2VyOmRlbW8=", true)).isTrue();
        assertThat(HeaderFirewall.printable("application/json; charset=UTF-8", true)).isTrue();
        assertThat(HeaderFirewall.printable("", true)).isTrue();
        assertThat(HeaderFirewall.printable("a\tb", true)).isTrue();
        assertThat(HeaderFirewall.printable("a\tb", false)).isFalse();
        assertThat(HeaderFirewall.printable("a\r\nSet-Cookie: x", true)).isFalse();
        assertThat(HeaderFirewall.printable("\uD800", true)).isEqualTo(VALUES.matcher("\uD800").matches()); // a lone surrogate
    }
}
