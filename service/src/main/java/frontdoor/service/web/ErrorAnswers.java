package frontdoor.service.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.autoconfigure.web.servlet.error.BasicErrorController;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.boot.web.servlet.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;

/**
 * The answer to a refusal made before any operation runs (no or wrong credentials, a role that does not
 * allow the call, a content type or Accept header the operation cannot take, no such path or method): an
 * RFC 9457 problem, {@code application/problem+json}, like every other refusal of the API, whatever the
 * Accept header asked for. A browser asking for HTML still gets the error page ({@code templates/error/}).
 */
@Controller
class ErrorAnswers extends BasicErrorController {

    ErrorAnswers(ErrorAttributes attributes, ServerProperties server, List<ErrorViewResolver> pages) {
        super(attributes, server.getError(), pages);
    }

    @Override
    public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        HttpStatus status = getStatus(request);
        if (status == HttpStatus.NO_CONTENT) {
            return new ResponseEntity<>(status);
        }
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", status.getReasonPhrase());
        problem.put("status", status.value());
        problem.put("detail", Refusal.madeBefore(status.value()).map(Refusal::description).orElse(status.getReasonPhrase()));
        Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (path != null) {
            problem.put("instance", path);
        }
        // set here, so that an Accept header the service cannot answer still gets this problem
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
