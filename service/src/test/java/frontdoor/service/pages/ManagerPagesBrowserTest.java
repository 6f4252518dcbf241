package frontdoor.service.pages;

import static org.assertj.core.api.Assertions.assertThat;

import frontdoor.planner.PlanInput.Staff;
import frontdoor.planner.PlanInput.Window;
import frontdoor.planner.domain.Skill;
import frontdoor.rules.Agency;
import frontdoor.service.Referrals;
import frontdoor.service.allocation.Roster;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The manager's day in a real browser (headless chromium): build the roster through its form, start the plan,
 * read the timeline, pin a task, plan without someone who went home. Other roles are refused the pages.
 * axe-core checks every page seen; the screenshots are the manager's guide's ({@code docs/guide-manager.md}).
 */
@AutoConfigureMockMvc
@TestPropertySource(properties = {"frontdoor.allocation.solve-seconds=3", "frontdoor.allocation.watch-seconds=0"})
class ManagerPagesBrowserTest extends PagesInABrowser {
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");
    @Autowired
    MockMvc mvc;
    @Autowired
    Roster roster;

    @Test
    void aManagerBuildsTheRosterPlansTheDayAndChangesIt() throws Exception {
        Browser b = browser;
        b.signIn("manager", "demo");
        assertThat(b.text("plan-state")).startsWith("There is no plan for today yet");
        b.assertAccessible("manager's home");

        b.go("/roster");
        b.assertAccessible("empty roster");
        b.click("add-staff");
        b.type("window-0-start", "9am");
        b.click("save");
        assertThat(b.errorSummary()).containsExactly("#id", "#agency", "#window-0-start", "#window-0-end");
        b.assertAccessible("staff form with errors");
        b.screenshot("guide-manager-2-staff-errors");
        add("SW-1", "SOCIAL_CARE", List.of("skills-QUALIFIED_SOCIAL_WORKER", "skills-SOCIAL_CARE_SYSTEMS"));
        add("PO-1", "POLICE", List.of("skills")); // the first box: police systems
        for (String[] s : new String[][] {{"SW-2", "SOCIAL_CARE", "QUALIFIED_SOCIAL_WORKER"}, {"HE-1", "HEALTH", "HEALTH_SYSTEMS"},
                {"ED-1", "EDUCATION", "EDUCATION_SYSTEMS"}, {"MG-1", "SOCIAL_CARE", "MASH_MANAGER"}}) {
            roster.put(new Staff(s[0], Agency.valueOf(s[1]), List.of(Skill.valueOf(s[2])), List.of(new Window(from(), until()))), "test");
        }
        b.go("/roster");
        assertThat(b.driver.findElements(By.cssSelector("#roster tbody tr"))).hasSize(6);
        b.assertAccessible("roster");
        b.screenshot("guide-manager-1-roster");
        b.click("remove-ED-1"); // asks first; "No, keep them" goes back with nobody removed
        assertThat(b.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Remove ED-1 from the roster?");
        b.assertAccessible("remove a staff member");
        b.screenshotOfWindow("guide-manager-1b-remove");
        b.click("cancel-remove");
        assertThat(b.driver.findElements(By.cssSelector("#roster tbody tr"))).hasSize(6);

        for (int i = 0; i < 4; i++) {
            referral(i == 0 ? Duration.ofHours(5) : Duration.ofMinutes(i)); // the first was due an hour ago: late whatever the plan does
        }
        b.go("/plans");
        b.assertAccessible("no plan yet");
        b.click("start");
        assertThat(b.driver.findElements(By.cssSelector("#timeline .fd-block"))).isNotEmpty();
        WebElement html = b.driver.findElement(By.tagName("html"));
        new WebDriverWait(b.driver, Duration.ofSeconds(30)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> !b.text("status").equals("Solving")); // the progress is swapped in place as it is read
        assertThat(html.isDisplayed()).as("the progress updated in place, the page stayed").isTrue();
        b.click("refresh");
        assertThat(b.driver.findElements(By.cssSelector("#late tbody tr"))).isNotEmpty();
        b.assertAccessible("plan");
        b.screenshot("guide-manager-3-plan");

        WebElement block = b.driver.findElement(By.cssSelector("#row-PO-1 .fd-block"));
        ((JavascriptExecutor) b.driver).executeScript("arguments[0].focus()", block);
        WebElement tip = block.findElement(By.className("fd-block__tip"));
        assertThat(tip.getText()).contains("police check of", "with PO-1");
        assertThat(tip.getSize().getWidth()).as("shown on focus").isGreaterThan(100);
        b.screenshot("guide-manager-4-block");
        String taskId = block.getDomAttribute("id").substring("block-".length());
        b.click(block.getDomAttribute("id"));
        assertThat(new Select(b.driver.findElement(By.id("pin-taskId"))).getFirstSelectedOption().getDomAttribute("value")).isEqualTo(taskId);
        new Select(b.driver.findElement(By.id("pin-staffId"))).selectByValue("HE-1");
        b.type("pin-start", "later");
        b.click("pin");
        assertThat(b.errorSummary()).containsExactly("#pin-start");
        b.assertAccessible("change with an error");
        new Select(b.driver.findElement(By.id("pin-staffId"))).selectByValue("");
        b.type("pin-start", "");
        b.click("pin");
        assertThat(b.errorSummary()).isEmpty();
        assertThat(b.text("block-" + taskId)).startsWith("R P");
        b.assertAccessible("plan with a pin");

        new Select(b.driver.findElement(By.id("left-staffId"))).selectByValue("HE-1");
        b.click("left");
        assertThat(b.errorSummary()).isEmpty();
        assertThat(b.driver.findElements(By.cssSelector("#row-HE-1 .fd-block"))).as("HE-1 went home").isEmpty();
        assertThat(b.driver.findElements(By.cssSelector("#unassigned tbody tr"))).as("health checks wait for tomorrow").isNotEmpty();
        assertThat(b.driver.findElement(By.id("unassigned")).getText() + b.driver.findElement(By.id("late")).getText())
                .as("skills and tasks in words, as the roster names them").contains("health").doesNotContain("_SYSTEMS", "_CHECK", "SIGN_OFF");
        b.assertAccessible("plan without HE-1");
        b.screenshot("guide-manager-5-worker-left");
        if (!b.driver.findElements(By.id("stop")).isEmpty()) {
            b.click("stop");
        }
        b.go("/");
        assertThat(Integer.parseInt(b.text("plan-late"))).isPositive();
        b.assertAccessible("manager's home with a plan");
        b.screenshot("guide-manager-0-home");
    }

    @ParameterizedTest(name = "{0} is refused {1}")
    @CsvSource({"worker, /roster", "lead, /plans", "auditor, /roster", "auditor, /plans"})
    void thePagesAreRefusedToOtherRoles(String user, String page) {
        browser.signIn(user, "demo");
        browser.go(page);
        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("You cannot open this page");
        browser.assertAccessible("refused " + page + " as " + user);
    }

    private void add(String id, String agency, List<String> skills) {
        browser.go("/roster/new");
        browser.type("id", id);
        new Select(browser.driver.findElement(By.id("agency"))).selectByValue(agency);
        skills.forEach(browser::choose);
        browser.type("window-0-start", HH_MM.format(from().atZone(LONDON)));
        browser.type("window-0-end", HH_MM.format(until().atZone(LONDON)));
        browser.click("save");
        assertThat(browser.errorSummary()).isEmpty();
        assertThat(browser.text("done")).isEqualTo(id + " is on the roster");
    }

    /** An hour ago, or midnight: windows are times of today. */
    private static Instant from() {
        Instant start = Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.MINUTES);
        Instant midnight = Instant.now().atZone(LONDON).toLocalDate().atStartOfDay(LONDON).toInstant();
        return start.isBefore(midnight) ? midnight : start;
    }

    /** Eight hours from now, or 23:55 today. */
    private static Instant until() {
        Instant end = Instant.now().plus(Duration.ofHours(8)).truncatedTo(ChronoUnit.MINUTES);
        Instant last = Instant.now().atZone(LONDON).toLocalDate().atTime(LocalTime.of(23, 55)).atZone(LONDON).toInstant();
        return end.isAfter(last) ? last : end;
    }

    private void referral(Duration ago) throws Exception {
        String id = Referrals.newId();
        String body = Referrals.json(id).replace("2026-11-23T09:15:00Z", Instant.now().minus(ago).truncatedTo(ChronoUnit.SECONDS).toString());
        assertThat(Referrals.submit(mvc, body).andReturn().getResponse().getStatus()).isEqualTo(201);
    }
}
