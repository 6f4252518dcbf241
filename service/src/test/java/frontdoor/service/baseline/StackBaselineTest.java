package frontdoor.service.baseline;

import static frontdoor.service.Referrals.json;
import static frontdoor.service.Referrals.newId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import frontdoor.service.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The load test's yardstick is no part of the product: without its profile it is neither there nor open. */
@ServiceTest
class StackBaselineTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;

    @Test
    void withoutItsProfileTheYardstickIsNotServed() throws Exception {
        assertThat(context.getBeansOfType(StackBaseline.class)).isEmpty();
        int status = mvc.perform(post(StackBaseline.PATH).with(httpBasic("worker", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content(json(newId()))).andReturn().getResponse().getStatus();
        assertThat(status).isIn(403, 404);
    }
}
