package frontdoor.service.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.webjars.WebJarVersionLocator;

/**
 * The pages' static files, all from the GOV.UK Frontend webjar (no Node build): its stylesheet and script
 * under {@code /webjars/govuk-frontend/dist/govuk/} and the images its stylesheet asks for under
 * {@code /assets/images/}. The GDS Transport font is not served: it is for services on GOV.UK only, and
 * without it the stylesheet falls back to Arial, as GOV.UK asks of other services.
 */
@Configuration
class PagesConfiguration implements WebMvcConfigurer {
    static final String GOVUK_FRONTEND = "govuk-frontend";

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        String version = new WebJarVersionLocator().version(GOVUK_FRONTEND);
        registry.addResourceHandler("/assets/images/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/" + GOVUK_FRONTEND + "/" + version + "/dist/govuk/assets/images/");
    }
}
