package frontdoor.service.allocation;

import frontdoor.service.ServiceTest;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.TestPropertySource;

/** The whole service with short solves (3 s), its own database and no RED referral watch (the tests send each change). */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ServiceTest
@TestPropertySource(properties = {"frontdoor.allocation.solve-seconds=3", "frontdoor.allocation.max-solving=2",
        "frontdoor.allocation.watch-seconds=0"})
@interface AllocationTest {
}
