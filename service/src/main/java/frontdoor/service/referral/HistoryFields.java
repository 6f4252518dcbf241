package frontdoor.service.referral;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The history facts a form posts (the referral form, what an agency found: the {@code history.html}
 * fragment), and the contract's {@code history} object they make. A value that is not what the contract
 * wants is passed on as typed, for the reader to name.
 */
public abstract class HistoryFields {
    private boolean openCase;
    private String allocatedTeam;
    private String contactsLast12Months;
    private boolean previousChildProtectionPlan;
    private boolean earlyHelpOpen;

    /**
     * @param unticked whether the flags not ticked are sent as false (a referral says what is not so; an
     *                 agency's finding says only what it knows)
     */
    protected void putHistory(ObjectNode history, boolean unticked) {
        flag(history, "openCase", openCase, unticked);
        flag(history, "previousChildProtectionPlan", previousChildProtectionPlan, unticked);
        flag(history, "earlyHelpOpen", earlyHelpOpen, unticked);
        text(history, "allocatedTeam", allocatedTeam);
        if (!isBlank(contactsLast12Months)) {
            String n = contactsLast12Months.strip();
            if (n.matches("\\d{1,9}")) {
                history.put("contactsLast12Months", Integer.parseInt(n));
            } else {
                history.put("contactsLast12Months", n);
            }
        }
    }

    private static void flag(ObjectNode node, String name, boolean value, boolean unticked) {
        if (value || unticked) {
            node.put(name, value);
        }
    }

    protected static void text(ObjectNode node, String name, String value) {
        if (!isBlank(value)) {
            node.put(name, value.strip());
        }
    }

    protected static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    public boolean isOpenCase() { return openCase; }
    public void setOpenCase(boolean openCase) { this.openCase = openCase; }
    public String getAllocatedTeam() { return allocatedTeam; }
    public void setAllocatedTeam(String allocatedTeam) { this.allocatedTeam = allocatedTeam; }
    public String getContactsLast12Months() { return contactsLast12Months; }
    public void setContactsLast12Months(String contactsLast12Months) { this.contactsLast12Months = contactsLast12Months; }
    public boolean isPreviousChildProtectionPlan() { return previousChildProtectionPlan; }
    public void setPreviousChildProtectionPlan(boolean previousChildProtectionPlan) { this.previousChildProtectionPlan = previousChildProtectionPlan; }
    public boolean isEarlyHelpOpen() { return earlyHelpOpen; }
    public void setEarlyHelpOpen(boolean earlyHelpOpen) { this.earlyHelpOpen = earlyHelpOpen; }
}
