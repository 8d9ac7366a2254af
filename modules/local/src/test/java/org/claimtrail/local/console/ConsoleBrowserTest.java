package org.claimtrail.local.console;

import org.claimtrail.local.LocalStack;
import org.claimtrail.local.SharedLocalStack;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
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

    private static final Path SCREENSHOTS = Path.of("../../docs/console");
    private static final Duration WAIT = Duration.ofSeconds(15);

    private final LocalStack stack;
    private final List<WebDriver> browsers = new ArrayList<>();

    ConsoleBrowserTest(LocalStack stack) {
        this.stack = stack;
    }

    @AfterEach
    void closeBrowsers() {
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

        WebDriver reviewer2 = signIn("reviewer2");
        reviewer2.get(stack.httpUrl() + "/claims/" + claim);
        verdict(reviewer2, "CORROBORATE", "Satellite imagery.");
        // reviewer1's page was not reloaded: the live update turns it.
        new WebDriverWait(reviewer1, WAIT).until(d -> state(d).equals("CORROBORATED"));
        screenshot(reviewer1, "claim.png");
        Instant corroborated = Instant.now().truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
        sleep(1_500);

        WebDriver editor = signIn("editor");
        editor.get(stack.httpUrl() + "/claims/" + claim);
        editor.findElement(By.id("reason")).sendKeys("New footage contradicts the briefing.");
        editor.findElement(By.cssSelector("#reopen-form button")).click();
        new WebDriverWait(editor, WAIT).until(d -> state(d).equals("PROPOSED"));

        String conflicting = propose(contributor, proposition, "South Korea counts 1,500 North Korean soldiers.",
                "1,500 soldiers", "[1500, 1500]");
        contributor.get(stack.httpUrl() + "/propositions/" + proposition);
        new WebDriverWait(contributor, WAIT).withMessage(() -> contributor.findElement(By.id("main")).getText())
                .until(d -> {
                    d.navigate().refresh();
                    return !d.findElements(By.cssSelector("svg line.conflict")).isEmpty();
                });
        assertThat(contributor.findElements(By.cssSelector("svg a.bar"))).hasSize(2);
        assertThat(contributor.findElement(By.id("conflicts")).getText()).contains("1,500");
        assertThat(contributor.findElements(By.cssSelector("a[href='/claims/" + conflicting + "']"))).isNotEmpty();
        screenshot(contributor, "number-line.png");

        WebDriver auditor = signIn("auditor");
        auditor.get(stack.httpUrl() + "/claims/" + claim + "/history");
        String timeline = auditor.findElement(By.id("timeline")).getText();
        assertThat(timeline).contains("ClaimProposed", "VerdictSubmitted", "reviewer2", "Satellite imagery.",
                "ClaimReopened", "editor", "New footage contradicts the briefing.");
        assertThat(auditor.findElement(By.id("chain")).getText()).startsWith("Hash chain intact");
        ((JavascriptExecutor) auditor).executeScript("document.getElementById('asOf').value = arguments[0]",
                LocalDateTime.ofInstant(corroborated, ZoneOffset.UTC).toString());
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
     * Decides as a person would: a page rendered before the read table caught up with another reviewer's verdict
     * is stale, the console says so and shows the claim as it is now, and the reviewer decides again.
     */
    private static void verdict(WebDriver browser, String verdict, String rationale) {
        for (int attempt = 0; attempt < 3; attempt++) {
            browser.findElement(By.cssSelector("input[name=verdict][value=" + verdict + "]")).click();
            browser.findElement(By.id("rationale")).clear();
            browser.findElement(By.id("rationale")).sendKeys(rationale);
            browser.findElement(By.cssSelector("#verdict-form button[type=submit]")).click();
            new WebDriverWait(browser, WAIT).until(d -> d.getPageSource().contains("Your verdict is recorded.")
                    || !d.findElements(By.id("problem")).isEmpty());
            if (browser.findElements(By.id("problem")).isEmpty()) {
                return;
            }
            assertThat(browser.findElement(By.id("problem")).getText()).contains("changed while you were looking");
        }
        throw new AssertionError("The verdict was refused three times as stale");
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

    /** Headless Chromium with the driver of the same package; neither found is a failure, never a skip. */
    private WebDriver browser() {
        File chromium = executable("chromium", "chromium-browser", "google-chrome");
        File driver = executable("chromedriver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1100,900");
        WebDriver browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(driver).build(),
                options);
        browser.manage().window().setSize(new Dimension(1100, 900));
        browsers.add(browser);
        return browser;
    }

    private static File executable(String... names) {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
            for (String name : names) {
                File file = new File(dir, name);
                if (file.canExecute()) {
                    return file;
                }
            }
        }
        throw new AssertionError("No " + String.join(" or ", names) + " on the PATH: install Debian's chromium and "
                + "chromium-driver packages (.ci/run does)");
    }

    private static void screenshot(WebDriver browser, String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
