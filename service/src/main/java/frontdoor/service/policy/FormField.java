package frontdoor.service.policy;

import com.fasterxml.jackson.core.JsonProcessingException;
import frontdoor.rules.InvalidInputException;
import frontdoor.rules.Json;
import frontdoor.rules.Problem;
import frontdoor.service.web.FormErrors;
import java.util.Map;

/**
 * One field of a practice lead's form (make a draft, approve, publish): its input's id and what to say beside it
 * when the policy API refuses the JSON path it sends, in GOV.UK's words rather than the API's.
 */
record FormField(String id, String message) {
    static final Map<String, FormField> DRAFT = Map.of("$.note",
            new FormField("draft-note-input", "Enter what the draft is for, in 2,000 characters or fewer"));
    static final Map<String, FormField> APPROVE = Map.of(
            "$.reference", new FormField("approve-reference", "Enter the reference of the partnership's sign-off, in 200 characters or fewer"),
            "$.note", new FormField("approve-note", "Enter a note on the approval, in 2,000 characters or fewer"));
    static final Map<String, FormField> PUBLISH = Map.of("$.note",
            new FormField("publish-note", "Enter why this version is put in force, in 2,000 characters or fewer"));

    /** The JSON body a form sends the policy API. */
    static String body(Map<String, String> fields) {
        try {
            return Json.MAPPER.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The refusal's problems as the form's errors, each beside its field; a path the form does not send keeps the API's words. */
    static FormErrors errors(InvalidInputException refused, Map<String, FormField> form, String fallbackId) {
        FormErrors errors = new FormErrors();
        for (Problem p : refused.problems()) {
            FormField field = form.get(p.path());
            errors.add(field != null ? field.id() : fallbackId, field != null ? field.message() : p.path() + ": " + p.reason());
        }
        return errors;
    }
}
