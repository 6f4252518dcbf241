package frontdoor.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Row P4 reads a team as named only when it has a character that is not white space, a Unicode space or a control character. */
class AllocatedTeamTest {
    @Test
    void blankTeamsAreNone() {
        assertThat(PolicyEngine.named(null)).isNull();
        assertThat(PolicyEngine.named("")).isNull();
        assertThat(PolicyEngine.named(" \t\n\r")).isNull();
        assertThat(PolicyEngine.named("\u00a0\u2003\u3000")).isNull();
        assertThat(PolicyEngine.named("\u0000\u0007\u000b\f")).isNull();
    }

    @Test
    void aTeamWithAnyOtherCharacterIsNamed() {
        assertThat(PolicyEngine.named("Team A")).isEqualTo("Team A");
        assertThat(PolicyEngine.named(" \u00a0x ")).isEqualTo(" \u00a0x ");
        assertThat(PolicyEngine.named("\u200b")).isEqualTo("\u200b");
    }
}
