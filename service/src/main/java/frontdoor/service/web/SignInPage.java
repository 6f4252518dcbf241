package frontdoor.service.web;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page; Spring Security checks the form it posts ({@code username}, {@code password}). */
@Controller
class SignInPage {

    @GetMapping("/login")
    String signIn() {
        return "login";
    }

    /** The stylesheet asks for the GDS Transport font, which is not served (see {@link PagesConfiguration}). */
    @GetMapping("/assets/fonts/**")
    ResponseEntity<Void> noFont() {
        return ResponseEntity.notFound().build();
    }
}
