package org.concord.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.concord.store.Database;
import org.concord.term.Termbase;
import org.concord.tm.OnDuplicate;
import org.concord.tm.TranslationMemory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The page in a real headless Chromium, as a translator uses it: typing, reading, copying, from the keyboard. */
class PageBrowserTest {

    @TempDir static Path tmp;
    static WebServer server;
    static WebServer real;
    static Termbase termbase;
    static Database memoryDb;
    static ChromeDriver browser;
    static WebDriverWait wait;

    @BeforeAll
    static void start() throws IOException {
        Path reports = Files.createDirectories(tmp.resolve("reports"));
        // The shape concord check writes (org.concord.check.Report serialised by Jackson).
        Files.writeString(reports.resolve("check-20260201.json"), """
            {"pairs":[{"id":"tu-7/ar","srcLang":"en","source":"The Security Council decided to remain seized of the matter.",
                       "tgtLang":"ar","target":"وقرر المجلس أن يبقي المسألة قيد نظره.","document":"S/PV.7364"},
                      {"id":"tu-9/es","srcLang":"en","source":"weapons of mass destruction","tgtLang":"es",
                       "target":"armas de destrucción masiva","document":"S/PV.7364"}],
             "findings":[{"checkId":"term.missing","severity":"ERROR","pairId":"tu-7/ar","sourceSpans":[{"start":4,"end":20}],
                          "targetSpans":[],"message":"'Security Council' has no approved Arabic rendering in the target",
                          "suggestions":["مجلس الأمن"]},
                         {"checkId":"term.deprecated","severity":"WARNING","pairId":"tu-9/es","sourceSpans":[{"start":0,"end":27}],
                          "targetSpans":[{"start":0,"end":27}],"message":"deprecated rendering 'armas de destrucción masiva'",
                          "suggestions":["armas de destrucción en masa"]}],
             "termOccurrences":2,
             "checks":[{"id":"term.missing","severity":"ERROR","description":"A source term has no approved rendering."},
                       {"id":"term.deprecated","severity":"WARNING","description":"A deprecated rendering is used."}]}
            """);
        server = new WebServer(SampleData.terms(), SampleData.memory(), new LatestReport(reports))
            .start(new InetSocketAddress("127.0.0.1", 0));
        // The same page over the real termbase and memory, imported from a small TBX and TMX.
        termbase = Termbase.load(RealData.resource("sample.tbx"));
        memoryDb = Database.inMemory();
        TranslationMemory memory = TranslationMemory.open(memoryDb);
        memory.importTmx(RealData.resource("sample.tmx"), OnDuplicate.SKIP, "test");
        real = new WebServer(termbase.lookup(), memory, new LatestReport(reports)).start(new InetSocketAddress("127.0.0.1", 0));
        browser = Chromium.start(tmp.resolve("profile"));
        wait = new WebDriverWait(browser, Duration.ofSeconds(10));
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.quit();
        if (server != null) server.close();
        if (real != null) real.close();
        if (termbase != null) termbase.close();
        if (memoryDb != null) memoryDb.close();
    }

    @BeforeEach
    void openPage() {
        browser.get(server.uri().toString());
        wait.until(d -> d.findElements(By.cssSelector("#lang option")).size() == 7);
        browser.setPermission("clipboard-read", "granted"); // for the origin just opened: the test reads what was copied
    }

    @AfterEach
    void screenshot(TestInfo test) throws IOException {
        String dir = System.getProperty("concord.screenshots");
        if (dir == null) return;
        Path png = Path.of(dir).resolve(test.getTestMethod().orElseThrow().getName() + ".png");
        Files.createDirectories(png.getParent());
        Files.write(png, browser.getScreenshotAs(OutputType.BYTES));
    }

    static WebElement active() {
        return browser.switchTo().activeElement();
    }

    static void typeQuery(String text) {
        WebElement q = browser.findElement(By.id("q"));
        q.clear();
        q.sendKeys(text);
    }

    @Test
    void typingATermShowsItsSixRenderingsAsYouType() {
        assertThat(active().getAttribute("id")).as("the search box has the focus on load").isEqualTo("q");
        active().sendKeys("security coun"); // no Enter: the page answers while typing
        WebElement card = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("article[data-concept='c-security-council']")));
        Map<String, String> renderings = Map.of("en", "Security Council", "fr", "Conseil de sécurité", "es", "Consejo de Seguridad",
            "ru", "Совет Безопасности", "zh", "安全理事会", "ar", "مجلس الأمن");
        renderings.forEach((lang, text) -> assertThat(
            card.findElements(By.cssSelector("tr[data-lang='" + lang + "'] .term")).stream().map(WebElement::getText))
            .as(lang).contains(text));
        assertThat(card.findElement(By.cssSelector(".definition")).getText()).startsWith("The principal organ");
        assertThat(card.findElement(By.cssSelector("tr[data-lang='zh'] .status.admitted")).getText()).isEqualTo("admitted");
        // concordance hits are highlighted where the words matched
        List<WebElement> marks = wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#concordance .segment.source mark"), 0));
        assertThat(marks).allSatisfy(m -> assertThat(m.getText()).isEqualToIgnoringCase("security coun"));
        WebElement agenda = browser.findElement(By.cssSelector("#concordance li[data-unit='21']"));
        assertThat(agenda.findElement(By.cssSelector(".segment.target")).getText()).startsWith("Ordre du jour provisoire");
        // and the standard French rendering of the concept found is marked in that translation
        assertThat(agenda.findElement(By.cssSelector(".segment.target mark.rendering")).getText()).isEqualTo("Conseil de sécurité");
        agenda.findElement(By.tagName("summary")).click();
        assertThat(agenda.findElement(By.cssSelector("dd[lang='ar']")).getText()).startsWith("جدول الأعمال المؤقت");
    }

    @Test
    void aLinkCarriesTheSearchAndChineseIsRecognised() {
        browser.get(server.uri().resolve("/?q=" + java.net.URLEncoder.encode("安理会", java.nio.charset.StandardCharsets.UTF_8)).toString());
        WebElement card = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("article[data-concept='c-security-council']")));
        assertThat(card.findElement(By.cssSelector("h3")).getText()).isEqualTo("安理会");
        assertThat(card.findElements(By.cssSelector("tr[data-lang]"))).hasSize(6);
        assertThat(browser.findElement(By.id("status")).getText()).startsWith("Chinese → French");
        typeQuery("weapons");
        wait.until(ExpectedConditions.urlContains("?q=weapons"));
    }

    @Test
    void aMatchOnADeprecatedTermIsFlaggedNextToTheStandardRendering() {
        typeQuery("armas de destrucción masiva");
        WebElement card = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("article[data-concept='c-wmd']")));
        assertThat(card.findElement(By.cssSelector("header .status.deprecated")).getText()).isEqualTo("matched a deprecated term");
        assertThat(card.findElement(By.cssSelector("tr[data-lang='es'] li.approved .term")).getText()).isEqualTo("armas de destrucción en masa");
        assertThat(card.findElement(By.cssSelector("tr[data-lang='es'] li.not-approved .term")).getCssValue("text-decoration-line"))
            .isEqualTo("line-through");
    }

    @Test
    void arabicRendersRightToLeft() {
        typeQuery("أسلحة الدمار");
        WebElement cell = wait.until(ExpectedConditions.visibilityOfElementLocated(
            By.cssSelector("article[data-concept='c-wmd'] tr[data-lang='ar'] td")));
        assertThat(cell.getCssValue("direction")).isEqualTo("rtl");
        assertThat(cell.getText()).contains("أسلحة الدمار الشامل");
        assertThat(browser.findElement(By.cssSelector("article[data-concept='c-wmd'] tr[data-lang='en'] td")).getCssValue("direction"))
            .isEqualTo("ltr");
        // auto-detected Arabic query: the concordance shows the Arabic segment, right to left, the match highlighted
        WebElement segment = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#concordance .segment[lang='ar']")));
        assertThat(segment.getCssValue("direction")).isEqualTo("rtl");
        assertThat(segment.findElement(By.tagName("mark")).getText()).isEqualTo("أسلحة الدمار");
        // the right edge of the text sits at the right of its box: it really is laid out right to left
        Number gap = (Number) browser.executeScript("const p = arguments[0], r = document.createRange();"
            + "r.selectNodeContents(p); return p.getBoundingClientRect().right - r.getClientRects()[0].right;", segment);
        assertThat(gap.doubleValue()).isLessThan(2.0);
    }

    @Test
    void markupInTheMemoryShowsAsTextAndRunsNothing() {
        typeQuery("noted");
        WebElement segment = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#concordance li[data-unit='9001'] .segment")));
        assertThat(segment.getText()).isEqualTo(SampleData.SCRIPT_SEGMENT);
        // the French translation (the target language) shows right under it, as text too
        WebElement french = browser.findElement(By.cssSelector("#concordance li[data-unit='9001'] .segment.target[lang='fr'] .text"));
        assertThat(french.getText()).isEqualTo(SampleData.IMG_SEGMENT);
        assertThat(browser.findElements(By.cssSelector("main script, main img"))).isEmpty();
        assertThat(browser.executeScript("return window.injected === undefined")).isEqualTo(true);
        assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
    }

    @Test
    void keyboardAloneFindsCopiesAndOpensTheReport() {
        active().sendKeys("weapons of mass");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("article[data-concept='c-wmd'] button.copy")));
        for (int i = 0; i < 10 && !"Copy".equals(active().getText()); i++) active().sendKeys(Keys.TAB);
        WebElement copy = active();
        assertThat(copy.getAttribute("aria-label")).isEqualTo("Copy English rendering: weapons of mass destruction");
        copy.sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.textToBe(By.id("toast"), "Copied: weapons of mass destruction"));
        Object clipboard = browser.executeAsyncScript("navigator.clipboard.readText().then(arguments[0], e => arguments[0]('error: ' + e))");
        assertThat(clipboard).isEqualTo("weapons of mass destruction");

        active().sendKeys(Keys.chord(Keys.ALT, "r"));
        WebElement finding = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#report li.finding.error")));
        assertThat(finding.getText()).contains("term.missing", "'Security Council' has no approved Arabic rendering");
        assertThat(finding.findElement(By.cssSelector(".segment[lang='en'] mark")).getText()).isEqualTo("Security Council");
        assertThat(finding.findElement(By.cssSelector(".segment[lang='ar']")).getCssValue("direction")).isEqualTo("rtl");
        // filter to warnings from the keyboard: focus the severity filter, pick "warning"
        browser.findElement(By.id("filter-severity")).sendKeys("w");
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#report li.finding"), 1));
        assertThat(browser.findElement(By.cssSelector("#report li.finding")).getText()).contains("armas de destrucción en masa");
        assertThat(browser.findElement(By.id("search-view")).isDisplayed()).isFalse();

        active().sendKeys("/"); // back to the search box from anywhere
        wait.until(d -> "q".equals(active().getAttribute("id"))); // the page moves focus in its key handler
        assertThat(browser.findElement(By.id("search-view")).isDisplayed()).isTrue();
        active().sendKeys(Keys.ESCAPE);
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("article.concept"), 0));
        assertThat(browser.getCurrentUrl()).doesNotContain("?q=");
    }

    @Test
    void fuzzyMatchesShowTheirPercentage() {
        typeQuery("Provisional agenda for the 7365th meeting of the Security Council");
        WebElement match = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#fuzzy li[data-unit='21']")));
        assertThat(match.findElement(By.cssSelector(".percent")).getText()).matches("9\\d%");
        assertThat(match.findElement(By.cssSelector(".target")).getText()).startsWith("Ordre du jour provisoire");
    }

    @Test
    void theRealTermbaseAndMemoryAnswerThePage() {
        browser.get(real.uri().toString());
        wait.until(d -> d.findElements(By.cssSelector("#lang option")).size() == 7);
        typeQuery("Security Council");
        WebElement card = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("article[data-concept='security-council']")));
        assertThat(card.findElements(By.cssSelector("tr[data-lang] li:first-child .term")).stream().map(WebElement::getText))
            .containsExactly("Security Council", "Conseil de sécurité", "Consejo de Seguridad", "Совет Безопасности", "安全理事会", "مجلس الأمن");
        assertThat(card.findElement(By.cssSelector("tr[data-lang='ar'] td")).getCssValue("direction")).isEqualTo("rtl");
        WebElement scripted = wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
            "//ol[@id='concordance']/li[.//p[contains(., 'window.injected')]]")));
        assertThat(scripted.findElement(By.cssSelector(".segment")).getText()).isEqualTo(SampleData.SCRIPT_SEGMENT);
        assertThat(scripted.findElements(By.tagName("mark"))).extracting(WebElement::getText).contains("Security Council");
        assertThat(browser.executeScript("return window.injected === undefined")).isEqualTo(true);
        typeQuery("Provisional agenda for the 7365th meeting of the Security Council");
        WebElement match = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#fuzzy li.fuzzy")));
        assertThat(match.findElement(By.cssSelector(".percent")).getText()).matches("\\d+%");
        assertThat(match.findElement(By.cssSelector(".target")).getText()).startsWith("Ordre du jour provisoire de la 7364e séance");
    }

    @Test
    void theBrowserCannotReachFilesOutsideThePage() {
        // Chromium itself normalises "/../" before sending, so ask with encoded separators the way a script could.
        Object status = browser.executeAsyncScript(
            "fetch('/..%2f..%2fpom.xml').then(r => arguments[0](r.status), e => arguments[0]('error: ' + e))");
        assertThat(status).isEqualTo(400L);
        browser.get(server.uri().resolve("/%2e%2e/%2e%2e/pom.xml").toString());
        assertThat(browser.getPageSource()).doesNotContain("<artifactId>concord</artifactId>");
    }
}
