package frontdoor.service.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.event.GenericApplicationListenerAdapter;
import org.springframework.web.context.support.ServletRequestHandledEvent;

class EarlyCompileTest {
    /** Spring must see the listener's event type, or it calls it with every event and catches a ClassCastException. */
    @Test
    void theStartListenerTakesOnlyTheEnvironmentEvent() {
        var listener = new GenericApplicationListenerAdapter(EarlyCompile.onStart());
        assertThat(listener.supportsEventType(ApplicationEnvironmentPreparedEvent.class)).isTrue();
        assertThat(listener.supportsEventType(ServletRequestHandledEvent.class)).isFalse();
    }
}
