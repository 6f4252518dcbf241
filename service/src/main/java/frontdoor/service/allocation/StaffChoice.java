package frontdoor.service.allocation;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import frontdoor.planner.PlanInput.Staff;
import frontdoor.planner.PlanInput.Window;
import frontdoor.rules.Json;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The roster form as posted: id, agency, skills and up to {@value #ROWS} working windows today, each as two
 * times on the 24-hour clock. It only builds the staff JSON; {@link StaffForm} checks it, as for the API.
 * A time that cannot be read is sent as written, so the reader names it.
 */
public class StaffChoice {
    static final int ROWS = 3;

    private String id;
    private String agency;
    private List<String> skills = new ArrayList<>();
    private List<WindowTimes> windows = new ArrayList<>();
    /** For each window in the JSON, the form row it came from (empty rows are not sent). */
    private final List<Integer> sentRows = new ArrayList<>();

    /** One window as typed: "09:00" to "13:00". */
    public static class WindowTimes {
        private String start;
        private String end;

        public WindowTimes() {
        }

        WindowTimes(String start, String end) {
            this.start = start;
            this.end = end;
        }

        public String getStart() { return start; }
        public void setStart(String start) { this.start = start; }
        public String getEnd() { return end; }
        public void setEnd(String end) { this.end = end; }

        boolean blank() {
            return TimeOfDay.blank(start) && TimeOfDay.blank(end);
        }
    }

    /** A staff member's entry as the form shows it, their windows as times of day in the plan's time zone. */
    static StaffChoice of(Staff staff, ZoneId zone) {
        StaffChoice choice = new StaffChoice();
        choice.id = staff.id();
        choice.agency = staff.agency() == null ? null : staff.agency().name();
        staff.skills().forEach(s -> choice.skills.add(s.name()));
        for (Window w : staff.windows()) {
            choice.windows.add(new WindowTimes(TimeOfDay.field(w.start(), zone), TimeOfDay.field(w.end(), zone)));
        }
        return choice.withRows();
    }

    /** Fills the windows up to the form's rows. */
    StaffChoice withRows() {
        while (windows.size() < ROWS) {
            windows.add(new WindowTimes());
        }
        return this;
    }

    /** The staff JSON for {@code day}: times of day in {@code zone} become instants. */
    String toJson(LocalDate day, ZoneId zone) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        if (id != null && !id.isBlank()) {
            root.put("id", id.trim());
        }
        if (agency != null && !agency.isBlank()) {
            root.put("agency", agency);
        }
        skills.forEach(root.putArray("skills")::add);
        if (skills.isEmpty()) {
            root.putArray("skills");
        }
        ArrayNode sent = root.putArray("windows");
        sentRows.clear();
        for (int row = 0; row < windows.size(); row++) {
            WindowTimes w = windows.get(row);
            if (w != null && !w.blank()) {
                ObjectNode window = sent.addObject();
                put(window, "start", w.start, day, zone);
                put(window, "end", w.end, day, zone);
                sentRows.add(row);
            }
        }
        return root.toString();
    }

    private static void put(ObjectNode window, String edge, String time, LocalDate day, ZoneId zone) {
        if (!TimeOfDay.blank(time)) {
            window.put(edge, TimeOfDay.instant(time, day, zone));
        }
    }

    /** The form row of the JSON's window {@code json}. */
    int row(int json) {
        return json < sentRows.size() ? sentRows.get(json) : json;
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getAgency() { return agency; }
    public void setAgency(String agency) { this.agency = agency; }
    public List<String> getSkills() { return skills; }
    public void setSkills(List<String> skills) { this.skills = skills == null ? new ArrayList<>() : skills; }
    public List<WindowTimes> getWindows() { return windows; }
    public void setWindows(List<WindowTimes> windows) { this.windows = windows == null ? new ArrayList<>() : windows; }
}
