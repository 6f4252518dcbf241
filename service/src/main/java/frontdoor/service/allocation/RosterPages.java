package frontdoor.service.allocation;

import frontdoor.planner.PlanInput.Staff;
import frontdoor.planner.domain.Skill;
import frontdoor.rules.Agency;
import frontdoor.rules.InvalidInputException;
import frontdoor.service.web.ApiException;
import frontdoor.service.web.FormErrors;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The roster pages: today's team, and the GOV.UK forms that add, edit and remove a staff member. Each form
 * builds the staff JSON and goes through {@link StaffForm} and {@link Roster}, exactly as the API does.
 */
@Controller
@RequestMapping("/roster")
class RosterPages {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private final Roster roster;
    private final ZoneId zone;

    RosterPages(Roster roster, AllocationProperties properties) {
        this.roster = roster;
        this.zone = properties.timezone();
    }

    /** One staff member as the roster table shows them; no windows today is a day off. */
    record Line(String id, Agency agency, List<Skill> skills, List<String> windows) {
    }

    @GetMapping
    String list(Model model) {
        LocalDate today = LocalDate.ofInstant(Instant.now(), zone);
        model.addAttribute("lines", roster.all().stream().map(s -> new Line(s.id(), s.agency(), s.skills(),
                s.windows().stream().map(w -> window(w.start(), w.end(), today)).toList())).toList());
        return "roster/list";
    }

    @GetMapping("/new")
    String add(Model model) {
        return form(model, new StaffChoice().withRows(), false, new FormErrors());
    }

    @PostMapping("/new")
    String add(@ModelAttribute("choice") StaffChoice choice, Principal who, Model model, RedirectAttributes flash) {
        if (choice.getId() != null && !choice.getId().isBlank() && roster.find(choice.getId().trim()).isPresent()) {
            FormErrors errors = new FormErrors();
            errors.add("id", "Someone on the roster already has this staff id: give another, or change their entry");
            return form(model, choice.withRows(), false, errors);
        }
        return save(choice, false, who, model, flash);
    }

    @GetMapping("/{staffId}/edit")
    String edit(@PathVariable String staffId, Model model) {
        return form(model, StaffChoice.of(staff(staffId), zone), true, new FormErrors());
    }

    @PostMapping("/{staffId}/edit")
    String edit(@PathVariable String staffId, @ModelAttribute("choice") StaffChoice choice, Principal who, Model model,
                RedirectAttributes flash) {
        staff(staffId);
        choice.setId(staffId);
        return save(choice, true, who, model, flash);
    }

    /** Asks before removing: a staff member taken off by a slip would be given no work. */
    @GetMapping("/{staffId}/remove")
    String confirmRemove(@PathVariable String staffId, Model model) {
        model.addAttribute("staff", staff(staffId));
        return "roster/remove";
    }

    @PostMapping("/{staffId}/remove")
    String remove(@PathVariable String staffId, Principal who, RedirectAttributes flash) {
        if (!roster.delete(staffId, who.getName())) {
            throw ApiException.notFound("no staff member " + staffId + " on the roster");
        }
        flash.addFlashAttribute("done", staffId + " is no longer on the roster");
        return "redirect:/roster";
    }

    private String save(StaffChoice choice, boolean editing, Principal who, Model model, RedirectAttributes flash) {
        String id = choice.getId() == null ? null : choice.getId().trim();
        try {
            Staff staff = StaffForm.read(id, choice.toJson(LocalDate.ofInstant(Instant.now(), zone), zone));
            roster.put(staff, who.getName());
            flash.addFlashAttribute("done", staff.id() + (editing ? " is changed" : " is on the roster"));
            return "redirect:/roster";
        } catch (InvalidInputException e) {
            return form(model, choice.withRows(), editing, StaffFormErrors.of(e.problems(), choice));
        }
    }

    private String form(Model model, StaffChoice choice, boolean editing, FormErrors errors) {
        model.addAttribute("choice", choice);
        model.addAttribute("editing", editing);
        model.addAttribute("errors", errors);
        model.addAttribute("agencies", Agency.values());
        model.addAttribute("skills", Skill.values());
        return "roster/form";
    }

    private Staff staff(String staffId) {
        return roster.find(staffId).orElseThrow(() -> ApiException.notFound("no staff member " + staffId + " on the roster"));
    }

    /** "9:00am to 1:00pm", with the day when it is not today. */
    private String window(Instant start, Instant end, LocalDate today) {
        String text = TimeOfDay.words(start, zone) + " to " + TimeOfDay.words(end, zone);
        return start.atZone(zone).toLocalDate().equals(today) ? text : text + " on " + DAY.format(start.atZone(zone));
    }
}
