package org.claimtrail.local.console;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;

/**
 * Headless Chromium with the driver of the same package, for the browser tests; neither found is a failure, never a
 * skip. A machine without them fails here; .ci/run installs them.
 */
public final class Chromium {

    private Chromium() {
    }

    public static WebDriver start() {
        File chromium = executable("chromium", "chromium-browser", "google-chrome");
        File driver = executable("chromedriver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1100,900");
        WebDriver browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(driver).build(),
                options);
        browser.manage().window().setSize(new Dimension(1100, 900));
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
}
