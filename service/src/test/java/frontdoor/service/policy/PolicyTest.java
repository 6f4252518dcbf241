package frontdoor.service.policy;

import frontdoor.service.ServiceTest;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.TestPropertySource;

/**
 * The whole service with its own database (a context of its own), so publishing a policy here never
 * changes the policy other tests' referrals meet. Each test puts the shipped version back at its end.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ServiceTest
@TestPropertySource(properties = "frontdoor.test.context=policy")
@interface PolicyTest {
}
