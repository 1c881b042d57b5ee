package org.concord.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The team server's page in headless Chromium: signing in, editing in place, proposing, reviewing, history, memory units. */
class TeamPageBrowserTest {

    static final String HOSTILE = "<script>window.injected=1</script><img src=x onerror=\"window.injected=2\"> l'arme \"nue\"";

    @TempDir Path dir;
    @TempDir static Path profile;
    static ChromeDriver browser;
    static WebDriverWait wait;
    TeamFixture team;

    @BeforeAll
    static void startBrowser() {
        browser = Chromium.start(profile.resolve("profile"));
        // Saving runs the search again, which replaces the results: an element read a moment ago may be gone.
        wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        wait.ignoring(StaleElementReferenceException.class);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) browser.quit();
    }

    @BeforeEach
    void start() {
        team = new TeamFixture(TeamFixture.Store.SQLITE, dir);
    }

    @AfterEach
    void stop() {
        browser.manage().deleteAllCookies();
        team.close();
    }

    void signIn(String user) {
        browser.get(team.uri().toString());
        WebElement name = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-in-user")));
        assertThat(browser.findElement(By.tagName("main")).isDisplayed()).isFalse();
        name.sendKeys(user);
        browser.findElement(By.id("sign-in-password")).sendKeys(TeamFixture.PASSWORD);
        browser.findElement(By.id("sign-in-button")).click();
        wait.until(ExpectedConditions.textToBe(By.id("who"), user + " (" + roleOf(user) + ")"));
    }

    static String roleOf(String user) {
        return switch (user) {
            case "terry" -> "terminologist";
            case "tran" -> "translator";
            case "ada" -> "admin";
            default -> "reader";
        };
    }

    void search(String text) {
        WebElement q = wait.until(ExpectedConditions.elementToBeClickable(By.id("q")));
        q.clear();
        q.sendKeys(text);
    }

    WebElement card(String conceptId) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("article.concept[data-concept='" + conceptId + "']")));
    }

    void assertNothingRan() {
        assertThat(browser.executeScript("return window.injected === undefined")).isEqualTo(true);
        assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        assertThat(browser.findElements(By.cssSelector("main script, main img"))).isEmpty();
    }

    @Test
    void aWrongPasswordIsSaidAndNothingShows() {
        browser.get(team.uri().toString());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-in-user"))).sendKeys("terry");
        browser.findElement(By.id("sign-in-password")).sendKeys("wrong");
        browser.findElement(By.id("sign-in-button")).click();
        wait.until(ExpectedConditions.textToBe(By.id("sign-in-status"), "wrong user name or password"));
        assertThat(browser.findElement(By.tagName("main")).isDisplayed()).isFalse();
    }

    @Test
    void aTerminologistAddsARenderingInPlaceAndMarkupStaysText() {
        signIn("terry");
        search("weapons of mass destruction");
        card("wmd").findElement(By.cssSelector(".edit-concept")).click();
        WebElement panel = card("wmd").findElement(By.cssSelector(".concept-panel"));
        WebElement text = wait.until(d -> panel.findElement(By.cssSelector(".add-text")));
        new Select(panel.findElement(By.cssSelector(".add-lang"))).selectByValue("fr");
        text.sendKeys(HOSTILE);
        panel.findElement(By.cssSelector(".add-term")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("article.concept[data-concept='wmd'] .panel-status"), "Saved."));
        // The search runs again: the card shows the new rendering, as text.
        wait.until(d -> card("wmd").findElements(By.cssSelector("tr[data-lang='fr'] .term")).stream()
            .anyMatch(t -> t.getText().equals(HOSTILE)));
        assertNothingRan();

        card("wmd").findElement(By.cssSelector(".show-history")).click();
        WebElement change = wait.until(d -> card("wmd").findElement(By.cssSelector(".history .change")));
        assertThat(change.getText()).contains("add-term by terry").contains("added fr \"" + HOSTILE + "\" (admitted)");
        assertNothingRan();
    }

    @Test
    void deprecatingNamesThePreferredRendering() {
        signIn("terry");
        search("weapons of mass destruction");
        card("wmd").findElement(By.cssSelector(".edit-concept")).click();
        WebElement row = wait.until(d -> card("wmd").findElements(By.cssSelector(".editor tr")).stream()
            .filter(r -> r.getAttribute("data-term").contains("-en-"))
            .filter(r -> new Select(r.findElement(By.cssSelector(".term-status"))).getFirstSelectedOption().getText().equals("admitted"))
            .findFirst().orElseThrow());
        String termText = row.findElement(By.cssSelector(".term-text")).getAttribute("value");
        new Select(row.findElement(By.cssSelector(".term-status"))).selectByValue("deprecated");
        Select instead = new Select(row.findElement(By.cssSelector(".term-instead")));
        assertThat(row.findElement(By.cssSelector(".term-instead")).isDisplayed()).isTrue();
        String preferred = instead.getFirstSelectedOption().getText();
        assertThat(preferred).isEqualTo("weapons of mass destruction");
        row.findElement(By.cssSelector(".term-save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("article.concept[data-concept='wmd'] .panel-status"), "Saved."));
        WebElement saved = wait.until(d -> card("wmd").findElements(By.cssSelector(".editor tr")).stream()
            .filter(r -> r.findElement(By.cssSelector(".term-text")).getAttribute("value").equals(termText)).findFirst().orElse(null));
        assertThat(new Select(saved.findElement(By.cssSelector(".term-status"))).getFirstSelectedOption().getText()).isEqualTo("deprecated");
        assertThat(saved.findElement(By.cssSelector(".term-note")).getText()).isEqualTo("use instead: " + preferred);
    }

    @Test
    void aTranslatorProposesAndATerminologistApprovesFromTheQueue() {
        signIn("tran");
        search("weapons of mass destruction");
        WebElement edit = card("wmd").findElement(By.cssSelector(".edit-concept"));
        assertThat(edit.getText()).isEqualTo("Propose a change");
        edit.click();
        WebElement panel = card("wmd").findElement(By.cssSelector(".concept-panel"));
        WebElement text = wait.until(d -> panel.findElement(By.cssSelector(".add-text")));
        new Select(panel.findElement(By.cssSelector(".add-lang"))).selectByValue("es");
        text.sendKeys("ADM");
        panel.findElement(By.cssSelector(".add-term")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("article.concept[data-concept='wmd'] .panel-status"), "Proposed (no. 1)"));
        assertThat(browser.findElement(By.id("nav-proposals")).isDisplayed()).isFalse();
        browser.findElement(By.id("sign-out")).click();

        signIn("terry");
        WebElement nav = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("nav-proposals")));
        wait.until(ExpectedConditions.textToBe(By.id("proposals-count"), "(1)"));
        nav.click();
        WebElement proposal = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#proposals li.proposal")));
        assertThat(proposal.getText()).contains("add es \"ADM\" (admitted)").contains("by tran");
        proposal.findElement(By.cssSelector(".comment")).sendKeys("UN usage");
        proposal.findElement(By.cssSelector(".approve")).click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector("#proposals li"), "No proposal is waiting."));

        browser.findElement(By.id("nav-search")).click();
        search("ADM");
        wait.until(d -> card("wmd").findElements(By.cssSelector("tr[data-lang='es'] .term")).stream().anyMatch(t -> t.getText().equals("ADM")));
    }

    @Test
    void aTranslatorConfirmsAndCorrectsAUnitAReaderSeesNoControls() {
        signIn("rita");
        search("Security Council");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#concordance li.hit")));
        assertThat(browser.findElements(By.cssSelector(".confirm-unit, .correct-unit, .edit-concept"))).isEmpty();
        browser.findElement(By.id("sign-out")).click();

        signIn("tran");
        search("Security Council");
        WebElement hit = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#concordance li.hit .confirm-unit")))
            .findElement(By.xpath("ancestor::li[contains(@class,'hit')]"));
        String unit = hit.getAttribute("data-unit");
        hit.findElement(By.cssSelector(".confirm-unit")).click();
        wait.until(ExpectedConditions.textToBePresentInElement(hit.findElement(By.cssSelector(".confirm-unit")), "Confirmed"));
        hit.findElement(By.cssSelector(".correct-unit")).click();
        WebElement area = hit.findElement(By.cssSelector("textarea.correction"));
        area.clear();
        area.sendKeys("Conseil de sécurité : texte corrigé " + HOSTILE);
        hit.findElement(By.cssSelector(".save-correction")).click();
        wait.until(d -> {
            List<WebElement> targets = d.findElements(By.cssSelector("#concordance li[data-unit='" + unit + "'] .segment.target .text"));
            return !targets.isEmpty() && targets.get(0).getText().contains("texte corrigé " + HOSTILE);
        });
        assertNothingRan();
    }
}
