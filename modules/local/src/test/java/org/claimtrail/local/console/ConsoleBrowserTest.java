package org.claimtrail.local.console;

import org.claimtrail.local.LocalStack;
import org.claimtrail.local.SharedLocalStack;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console in a real browser (headless Chromium from the system's packages): several users, each in a browser
 * session of their own, walk the workflow. A machine without Chromium and its driver fails here; .ci/run installs
 * them.
 */
@ExtendWith(SharedLocalStack.class)
class ConsoleBrowserTest {

    /** Kept out of the source tree; docs/console holds the copies the README shows. */
    private static final Path SCREENSHOTS = Path.of("target", "console-screenshots");
    /** For what the page does by itself: a form's answer, a preview. */
    private static final Duration WAIT = Duration.ofSeconds(15);
    /** For what background processors must do first (a live update, a conflict found): the machine may be busy. */
    private static final Duration BACKGROUND = Duration.ofSeconds(30);

    private final LocalStack stack;
    private final List<WebDriver> browsers = new ArrayList<>();

    ConsoleBrowserTest(LocalStack stack) {
        this.stack = stack;
    }

    /** Each browser's last page, as a picture and as text, in target/console-browser: what a failure looked like. */
    @AfterEach
    void closeBrowsers(TestInfo test) throws IOException {
        Path dir = Path.of("target/console-browser");
        Files.createDirectories(dir);
        for (int i = 0; i < browsers.size(); i++) {
            WebDriver browser = browsers.get(i);
            String name = test.getTestMethod().map(m -> m.getName()).orElse("test") + "-" + (i + 1);
            try {
                Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(),
                        dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
                Files.writeString(dir.resolve(name + ".html"), browser.getCurrentUrl() + "\n" + browser.getPageSource());
            } catch (RuntimeException e) {
                Files.writeString(dir.resolve(name + ".html"), "no page: " + e);
            }
        }
        browsers.forEach(WebDriver::quit);
    }

    @Test
    void reviewersDecideEditorsReopenAuditorsReadTheRecord() throws IOException {
        String proposition = "console-" + UUID.randomUUID().toString().substring(0, 8);
        WebDriver contributor = signIn("contributor");
        String claim = propose(contributor, proposition, "At least 3,000 North Korean troops are in Kursk.",
                "at least 3,000 troops", "[3000, ∞)");
        assertThat(contributor.findElements(By.id("verdict-form"))).as("a contributor gets no verdict form").isEmpty();

        WebDriver reviewer1 = signIn("reviewer1");
        reviewer1.get(stack.httpUrl() + "/claims/" + claim);
        verdict(reviewer1, "CORROBORATE", "Pentagon briefing.");
        assertThat(state(reviewer1)).isEqualTo("PROPOSED");

        // Opened right after reviewer1's verdict: the page shows it, so this verdict is not refused as stale.
        WebDriver reviewer2 = signIn("reviewer2");
        reviewer2.get(stack.httpUrl() + "/claims/" + claim);
        verdict(reviewer2, "CORROBORATE", "Satellite imagery.");
        assertThat(state(reviewer2)).isEqualTo("CORROBORATED");
        // reviewer1's page was not reloaded: the live update turns it.
        new WebDriverWait(reviewer1, BACKGROUND).ignoring(StaleElementReferenceException.class)
                .withMessage(() -> "reviewer1's page: " + reviewer1.findElement(By.id("live")).getText())
                .until(d -> state(d).equals("CORROBORATED")
                        && d.findElement(By.cssSelector(".verdicts")).getText().contains("reviewer2"));
        screenshot(reviewer1, "claim.png");
        // Its forms still carry the version reviewer1 decided on: a withdrawal from it is stale, nothing is
        // recorded, and the page says so and shows the claim as it stands now.
        reviewer1.findElement(By.cssSelector("form[action$='/withdrawal'] button")).click();
        assertThat(new WebDriverWait(reviewer1, WAIT).until(ExpectedConditions.visibilityOfElementLocated(
                By.id("problem"))).getText()).contains("changed while you were looking");
        assertThat(state(reviewer1)).isEqualTo("CORROBORATED");
        assertThat(reviewer1.findElement(By.cssSelector(".verdicts")).getText()).contains("reviewer1", "reviewer2");
        assertThat(reviewer1.findElement(By.cssSelector("#verdict-form input[name=version]")).getAttribute("value"))
                .isEqualTo(reviewer1.findElement(By.id("live")).getAttribute("data-version"));

        WebDriver editor = signIn("editor");
        editor.get(stack.httpUrl() + "/claims/" + claim);
        editor.findElement(By.id("reason")).sendKeys("New footage contradicts the briefing.");
        editor.findElement(By.cssSelector("#reopen-form button")).click();
        new WebDriverWait(editor, WAIT).withMessage(() -> editor.findElement(By.id("main")).getText())
                .until(d -> !d.findElements(By.cssSelector("[role=status]")).isEmpty()
                        || !d.findElements(By.id("problem")).isEmpty());
        assertThat(editor.findElements(By.id("problem"))).as("the reopening is refused").isEmpty();
        assertThat(editor.findElement(By.cssSelector("[role=status]")).getText()).isEqualTo("The claim is reopened.");
        assertThat(state(editor)).isEqualTo("PROPOSED");

        String conflicting = propose(contributor, proposition, "South Korea counts 1,500 North Korean soldiers.",
                "1,500 soldiers", "[1500, 1500]");
        contributor.get(stack.httpUrl() + "/propositions/" + proposition);
        new WebDriverWait(contributor, BACKGROUND).withMessage(() -> contributor.findElement(By.id("main")).getText())
                .until(d -> {
                    d.navigate().refresh();
                    return !d.findElements(By.cssSelector("svg line.conflict")).isEmpty();
                });
        assertThat(contributor.findElements(By.cssSelector("svg a.bar"))).hasSize(2);
        assertThat(contributor.findElement(By.id("claims-range")).getText()).isEqualTo("Claims 1 to 2 of 2");
        assertThat(contributor.findElement(By.id("side-conflicts")).getText()).contains("1,500");
        assertThat(contributor.findElements(By.cssSelector("a[href='/claims/" + conflicting + "']"))).isNotEmpty();
        screenshot(contributor, "number-line.png");
        // The claim's one conflict with the sides lists the count that stands against it.
        contributor.get(stack.httpUrl() + "/claims/" + conflicting);
        new WebDriverWait(contributor, BACKGROUND).withMessage(() -> contributor.findElement(By.id("main")).getText())
                .until(d -> {
                    d.navigate().refresh();
                    return !d.findElements(By.cssSelector(".standing-sides")).isEmpty();
                });
        assertThat(contributor.findElement(By.cssSelector(".standing-sides")).getText())
                .contains("at least 3,000 troops");

        WebDriver auditor = signIn("auditor");
        auditor.get(stack.httpUrl() + "/claims/" + claim + "/history");
        String timeline = auditor.findElement(By.id("timeline")).getText();
        assertThat(timeline).contains("ClaimProposed", "VerdictSubmitted", "reviewer2", "Satellite imagery.",
                "ClaimReopened", "editor", "New footage contradicts the briefing.");
        assertThat(auditor.findElement(By.id("chain")).getText()).startsWith("Hash chain intact");
        // As of the event that corroborated it (to the millisecond, as the timeline shows it): before the reopening.
        Instant corroborated = Instant.parse(auditor.findElement(By.xpath(
                        "//ol[@id='timeline']/li[.//span[contains(@class,'state') and normalize-space()='CORROBORATED']]//time"))
                .getAttribute("datetime"));
        ((JavascriptExecutor) auditor).executeScript("document.getElementById('asOf').value = arguments[0]",
                LocalDateTime.ofInstant(corroborated.truncatedTo(ChronoUnit.MILLIS).plusMillis(1), ZoneOffset.UTC)
                        .toString());
        auditor.findElement(By.cssSelector("form.filters button")).click();
        assertThat(new WebDriverWait(auditor, WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id("as-of")))
                .getText()).contains("CORROBORATED", "CORROBORATE by reviewer1");

        reviewer1.get(stack.httpUrl() + "/");
        screenshot(reviewer1, "queue.png");
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefused() {
        WebDriver reviewer = signIn("reviewer1");
        reviewer.get(stack.httpUrl() + "/");
        String claim = reviewer.findElement(By.cssSelector("#queue tbody a")).getAttribute("href")
                .replaceAll(".*/claims/", "");
        reviewer.get(stack.httpUrl() + "/claims/" + claim);
        int verdicts = reviewer.findElements(By.cssSelector(".verdicts li")).size();
        ((JavascriptExecutor) reviewer).executeScript("""
                const form = document.getElementById('verdict-form');
                form.querySelector('input[name=_csrf]').remove();
                form.querySelector('textarea[name=rationale]').value = 'Posted without a token.';
                form.submit();""");
        new WebDriverWait(reviewer, WAIT).until(d -> !d.getCurrentUrl().endsWith("/claims/" + claim));
        assertThat(reviewer.getPageSource()).doesNotContain("Your verdict is recorded");
        reviewer.get(stack.httpUrl() + "/claims/" + claim);
        assertThat(reviewer.findElements(By.cssSelector(".verdicts li"))).hasSize(verdicts);
    }

    private String propose(WebDriver browser, String proposition, String statement, String quantity,
                           String interval) {
        browser.get(stack.httpUrl() + "/propose");
        browser.findElement(By.id("statement")).sendKeys(statement);
        browser.findElement(By.id("quantity")).sendKeys(quantity);
        new WebDriverWait(browser, WAIT).until(d -> d.findElement(By.id("preview")).getText().contains(interval));
        browser.findElement(By.id("proposition")).sendKeys(proposition);
        browser.findElement(By.id("publisher")).sendKeys("Example News");
        browser.findElement(By.id("url")).sendKeys("https://example.org/report");
        browser.findElement(By.id("quote")).sendKeys(statement);
        browser.findElement(By.cssSelector("#propose-form button[type=submit]")).click();
        new WebDriverWait(browser, WAIT).until(d -> d.getCurrentUrl().matches(".*/claims/[0-9a-f-]{36}$"));
        return browser.getCurrentUrl().replaceAll(".*/claims/", "");
    }

    /**
     * Decides once, on the page as it was opened: the console shows a claim as of its newest event, so the verdict
     * is recorded (no stale refusal), said so, and shown on the page it leads to.
     */
    private static void verdict(WebDriver browser, String verdict, String rationale) {
        browser.findElement(By.cssSelector("input[name=verdict][value=" + verdict + "]")).click();
        browser.findElement(By.id("rationale")).clear();
        browser.findElement(By.id("rationale")).sendKeys(rationale);
        browser.findElement(By.cssSelector("#verdict-form button[type=submit]")).click();
        new WebDriverWait(browser, WAIT).withMessage(() -> browser.findElement(By.id("main")).getText())
                .until(d -> !d.findElements(By.cssSelector("[role=status]")).isEmpty()
                        || !d.findElements(By.id("problem")).isEmpty());
        assertThat(browser.findElements(By.id("problem"))).as("the verdict is refused").isEmpty();
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText())
                .isEqualTo("Your verdict is recorded.");
        assertThat(browser.findElement(By.cssSelector(".verdicts")).getText()).contains(rationale);
    }

    private static String state(WebDriver browser) {
        return browser.findElement(By.id("claim-state")).getText();
    }

    private WebDriver signIn(String user) {
        WebDriver browser = browser();
        browser.get(stack.httpUrl() + "/login");
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(SharedLocalStack.PASSWORD);
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        new WebDriverWait(browser, WAIT).until(d -> !d.findElements(By.id("viewer-name")).isEmpty());
        return browser;
    }

    private WebDriver browser() {
        WebDriver browser = Chromium.start();
        browsers.add(browser);
        return browser;
    }

    private static void screenshot(WebDriver browser, String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
