package org.stdkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.stdkg.rdf.Iris;

/**
 * A person's path through the site in a real browser (Debian's headless Chromium driven by its
 * chromedriver through Selenium): the home page, the search box's autocomplete, an entity's page
 * and the pages it links to. Skipped, with the reason, where the browser or the driver is not
 * installed ({@code .ci/install-browser} installs them).
 */
class BrowserIT {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    static Path temp;

    static TestServer server;
    static ChromeDriverService service;
    static WebDriver browser;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "BrowserIT skipped: it needs " + CHROMIUM + " and " + CHROMEDRIVER
                        + " (Debian packages chromium and chromium-driver; run .ci/install-browser)");
        server = TestServer.start(temp, Iris.DEFAULT_BASE, List.of(Path.of("seeds")));
        // The driver named explicitly: Selenium Manager then has nothing to look up or download.
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort()
                .withLogFile(temp.resolve("chromedriver.log").toFile()).build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + Files.createDirectories(temp.resolve("chromium-profile")), "--window-size=1280,900");
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (service != null) {
            service.stop();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void searchBoxAutocompletesToAStandardWhosePageShowsClassAndEvidence() {
        WebElement hit = autocomplete("ISO/IEC 42001", "ISO/IEC 42001");
        hit.click();
        new WebDriverWait(browser, WAIT).until(b -> b.getCurrentUrl().endsWith("/page/standard/iso-iec-42001"));

        assertEquals("ISO/IEC 42001", browser.findElement(By.tagName("h1")).getText());
        assertEquals("ISO/IEC 42001", browser.getTitle());
        assertEquals("STANDARD", browser.findElement(By.cssSelector("p.kind")).getText().toUpperCase(), "the class");
        assertEvidenceNames("ISO/IEC 42001");
    }

    @Test
    void searchBoxAutocompletesToACommitteeAndItsPageLeadsToOneOfItsStandards() {
        WebElement hit = autocomplete("SC 42", "SC 42");
        hit.click();
        new WebDriverWait(browser, WAIT).until(b -> b.getCurrentUrl().contains("/page/committee/"));
        assertTrue(browser.findElement(By.tagName("h1")).getText().contains("SC 42"));
        assertEquals("COMMITTEE", browser.findElement(By.cssSelector("p.kind")).getText().toUpperCase());

        WebElement standard = browser.findElements(By.cssSelector("main a[href^='/page/standard/']")).stream().findFirst()
                .orElseThrow(() -> new AssertionError("the committee's page links to none of its standards"));
        String name = standard.getText();
        standard.click();
        new WebDriverWait(browser, WAIT).until(b -> b.getCurrentUrl().contains("/page/standard/"));
        assertEquals(name, browser.findElement(By.tagName("h1")).getText());
        assertEquals("STANDARD", browser.findElement(By.cssSelector("p.kind")).getText().toUpperCase());
        assertEvidenceNames(name);
    }

    @Test
    void cannedQueryRunsFromItsFormOnTheHomePage() {
        browser.get(server.url + "/");
        WebElement details = browser.findElement(By.id("query-standards-by-committee"));
        details.findElement(By.tagName("summary")).click();
        WebElement committee = details.findElement(By.name("committee"));
        assertEquals("ISO/IEC JTC 1/SC 42", committee.getAttribute("value"), "the default filled in");
        details.findElement(By.cssSelector("button[type=submit]")).click();
        new WebDriverWait(browser, WAIT).until(b -> b.getCurrentUrl().contains("/queries/standards-by-committee"));
        List<WebElement> cells = browser.findElements(By.cssSelector("table td"));
        assertTrue(cells.stream().anyMatch(td -> td.getText().contains("ISO/IEC 42001")), "SC 42's standards include ISO/IEC 42001");
    }

    @Test
    void pagesFitAPhoneScreenWithoutSideways() {
        org.openqa.selenium.Dimension desktop = browser.manage().window().getSize();
        try {
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
            String longest = LinkedDataIT.longestSlugEntity(server);
            for (String path : List.of("/", "/page/standard/iso-iec-42001", "/page/" + longest, "/ontology?output=html",
                    "/search?q=SC+42&format=html", "/queries/standards-by-committee?format=html")) {
                browser.get(server.url + path);
                Number overflow = (Number) ((org.openqa.selenium.JavascriptExecutor) browser)
                        .executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
                assertTrue(overflow.intValue() <= 0, path + " is " + overflow + " px wider than a phone");
            }
        } finally {
            browser.manage().window().setSize(desktop);
        }
    }

    /** Types into the home page's search box and waits for the autocomplete hit whose text contains {@code expected}. */
    private static WebElement autocomplete(String typed, String expected) {
        browser.get(server.url + "/");
        WebElement box = browser.findElement(By.id("q"));
        box.sendKeys(typed);
        return new WebDriverWait(browser, WAIT).withMessage("an autocomplete hit for '" + typed + "' naming " + expected)
                .until(b -> {
                    Optional<WebElement> found = b.findElements(By.cssSelector("#hits a")).stream()
                            .filter(a -> a.getText().contains(expected)).findFirst();
                    return found.orElse(null);
                });
    }

    /** An evidence sentence on the page marks a mention of the name, and names its source document. */
    private static void assertEvidenceNames(String name) {
        List<WebElement> evidence = browser.findElements(By.cssSelector("ul.evidence li"));
        assertFalse(evidence.isEmpty(), "evidence sentences");
        boolean marked = evidence.stream().anyMatch(li -> li.findElements(By.tagName("mark")).stream()
                .anyMatch(m -> m.getText().contains(name)));
        assertTrue(marked, "a sentence with the mention of " + name + " highlighted");
        assertTrue(evidence.get(0).findElements(By.cssSelector("a[href^='/page/sourcedocument/']")).size() == 1, "its source document");
        assertTrue(evidence.stream().allMatch(li -> li.getText().length() > name.length() + 10), "whole sentences");
    }
}
