package frontdoor.service.referral;

import frontdoor.rules.JsonChecks;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import frontdoor.rules.Json;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The referral form as posted. It only turns the fields into referral JSON (the API's body); every check is the
 * decision core's {@code ReferralReader}, so what is wrong on the form is exactly what the API would refuse.
 * A value that is not what the contract wants is passed on as it is, for the reader to name.
 */
public class ReferralForm extends HistoryFields {
    private String referralId;
    private String receivedDay;
    private String receivedMonth;
    private String receivedYear;
    private String receivedTime;
    private String sourceAgency;
    private String sourceMethod;
    private String childId;
    private String familyId;
    private String birthDay;
    private String birthMonth;
    private String birthYear;
    private boolean unborn;
    private boolean disabled;
    private boolean inArea = true;
    private String consent;
    private List<Concern> concerns = new ArrayList<>(List.of(new Concern()));

    /** One concern row: a catalogue code, the agency that raised it, and an optional note. */
    public static class Concern {
        private String code;
        private String agency;
        private String note;

        boolean blank() {
            return isBlank(code) && isBlank(agency) && isBlank(note);
        }

        public String getCode() { return code; }
        public void setCode(String code) { this.code = code; }
        public String getAgency() { return agency; }
        public void setAgency(String agency) { this.agency = agency; }
        public String getNote() { return note; }
        public void setNote(String note) { this.note = note; }
    }

    /** A new form: received now (in the policy's time zone) with a fresh referral id. */
    static ReferralForm startingAt(LocalDateTime now, String referralId) {
        ReferralForm form = new ReferralForm();
        form.referralId = referralId;
        form.receivedDay = Integer.toString(now.getDayOfMonth());
        form.receivedMonth = Integer.toString(now.getMonthValue());
        form.receivedYear = Integer.toString(now.getYear());
        form.receivedTime = "%02d:%02d".formatted(now.getHour(), now.getMinute());
        return form;
    }

    /** The rows that go into the JSON, by form row: blank rows (an "add another" not filled in) are left out. */
    List<Integer> sentRows() {
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < concerns.size(); i++) {
            if (!concerns.get(i).blank()) {
                rows.add(i);
            }
        }
        return rows;
    }

    /** The referral JSON, in the policy's time zone for the time received. */
    String toJson(ZoneId zone) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        text(root, "referralId", referralId);
        text(root, "receivedAt", receivedAt(zone));
        ObjectNode source = root.putObject("source");
        text(source, "agency", sourceAgency);
        text(source, "method", sourceMethod);
        ObjectNode child = root.putObject("child");
        text(child, "childId", childId);
        text(child, "familyId", familyId);
        text(child, "dateOfBirth", date(birthYear, birthMonth, birthDay));
        child.put("unborn", unborn).put("disabled", disabled).put("inArea", inArea);
        text(root, "consent", consent);
        ArrayNode sent = root.putArray("concerns");
        for (int row : sentRows()) {
            Concern c = concerns.get(row);
            ObjectNode concern = sent.addObject();
            text(concern, "code", c.code);
            text(concern, "agency", c.agency);
            text(concern, "note", c.note);
        }
        putHistory(root.putObject("history"), true);
        return root.toString();
    }

    /**
     * Whether the date and time received, as typed, is later than {@code now}: a slip of the keyboard that
     * would give the referral a due time far away and sink it to the bottom of the queue. (The API takes
     * any instant: a case management system's clock is its own.)
     */
    boolean receivedAfter(Instant now, ZoneId zone) {
        try {
            String at = receivedAt(zone);
            return at != null && JsonChecks.instant(at).isAfter(now);
        } catch (DateTimeException e) {
            return false; // not a date and time: the reader says so
        }
    }

    private String receivedAt(ZoneId zone) {
        String day = date(receivedYear, receivedMonth, receivedDay);
        if (day == null && isBlank(receivedTime)) {
            return null;
        }
        try {
            return LocalDateTime.of(LocalDate.parse(day), LocalTime.parse(receivedTime.strip())).atZone(zone).toInstant().toString();
        } catch (RuntimeException e) {
            return day + "T" + receivedTime; // not an instant: the reader says so
        }
    }

    /** An ISO date from the three boxes, or what was typed when that is not a date (the reader names it). */
    private static String date(String year, String month, String day) {
        if (isBlank(year) && isBlank(month) && isBlank(day)) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(year.strip()), Integer.parseInt(month.strip()), Integer.parseInt(day.strip())).toString();
        } catch (NumberFormatException | DateTimeException | NullPointerException e) {
            return year + "-" + month + "-" + day;
        }
    }

    public String getReferralId() { return referralId; }
    public void setReferralId(String referralId) { this.referralId = referralId; }
    public String getReceivedDay() { return receivedDay; }
    public void setReceivedDay(String receivedDay) { this.receivedDay = receivedDay; }
    public String getReceivedMonth() { return receivedMonth; }
    public void setReceivedMonth(String receivedMonth) { this.receivedMonth = receivedMonth; }
    public String getReceivedYear() { return receivedYear; }
    public void setReceivedYear(String receivedYear) { this.receivedYear = receivedYear; }
    public String getReceivedTime() { return receivedTime; }
    public void setReceivedTime(String receivedTime) { this.receivedTime = receivedTime; }
    public String getSourceAgency() { return sourceAgency; }
    public void setSourceAgency(String sourceAgency) { this.sourceAgency = sourceAgency; }
    public String getSourceMethod() { return sourceMethod; }
    public void setSourceMethod(String sourceMethod) { this.sourceMethod = sourceMethod; }
    public String getChildId() { return childId; }
    public void setChildId(String childId) { this.childId = childId; }
    public String getFamilyId() { return familyId; }
    public void setFamilyId(String familyId) { this.familyId = familyId; }
    public String getBirthDay() { return birthDay; }
    public void setBirthDay(String birthDay) { this.birthDay = birthDay; }
    public String getBirthMonth() { return birthMonth; }
    public void setBirthMonth(String birthMonth) { this.birthMonth = birthMonth; }
    public String getBirthYear() { return birthYear; }
    public void setBirthYear(String birthYear) { this.birthYear = birthYear; }
    public boolean isUnborn() { return unborn; }
    public void setUnborn(boolean unborn) { this.unborn = unborn; }
    public boolean isDisabled() { return disabled; }
    public void setDisabled(boolean disabled) { this.disabled = disabled; }
    public boolean isInArea() { return inArea; }
    public void setInArea(boolean inArea) { this.inArea = inArea; }
    public String getConsent() { return consent; }
    public void setConsent(String consent) { this.consent = consent; }
    public List<Concern> getConcerns() { return concerns; }
    public void setConcerns(List<Concern> concerns) { this.concerns = concerns; }
}
