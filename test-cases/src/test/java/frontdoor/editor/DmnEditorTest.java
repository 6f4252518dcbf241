package frontdoor.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.fail;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import frontdoor.rules.PolicyBundle;
import frontdoor.rules.PolicyException;
import frontdoor.rules.Recommender;
import frontdoor.rules.cases.CaseRunner;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Acceptance: "the models must open in the standard KIE DMN editor". Opens every DMN model of the shipped
 * policy bundle in the standalone Apache KIE DMN editor ({@code @kie-tools/dmn-editor-standalone}, pinned in
 * {@code editor/package-lock.json} and installed by {@code npm ci} from this module's pom) in headless
 * Chromium (Debian's {@code chromium} and {@code chromium-driver}), served from a loopback HTTP server that
 * this test starts. Nothing is fetched from outside the machine.
 *
 * <p>For each model it checks that the editor did not show its "Unable to open file" screen, that the DRD
 * has a node for every element the model draws and no other, that every decision table shows every row
 * exactly as the model has it (input, output and annotation entries), that the editor's {@code validate()}
 * reports nothing and the page caught no error, and that what the editor gives back ({@code getContent()})
 * keeps every element. A control checks that a file the editor cannot read is caught. Then the round trip:
 * the editor saves DMN 1.6, which the bundle loader reads as DMN 1.5 (our KIE runtime, 10.1.0, reads up to
 * 1.5); the saved models compile and pass the whole scenario corpus.
 *
 * <p>Screenshots of each DRD and of the RAG rating table go to {@code frontdoor.editor.screenshots}
 * ({@code target/editor-screenshots}; {@code -Dfrontdoor.editor.screenshots=../docs/images} refreshes the docs).
 *
 * <p>Without Chromium the test fails: the build installs it before the tests ({@code scripts/install-browser.sh}).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DmnEditorTest {
    static final Path CHROMIUM = Path.of(System.getProperty("frontdoor.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("frontdoor.chromedriver", "/usr/bin/chromedriver"));
    static final Path DIST = Path.of(System.getProperty("frontdoor.editor.dist",
            "editor/node_modules/@kie-tools/dmn-editor-standalone/dist"));
    static final Path SCREENSHOTS = Path.of(System.getProperty("frontdoor.editor.screenshots", "target/editor-screenshots"));
    static final Duration OPEN_TIMEOUT = Duration.ofSeconds(40);
    /** A file the editor cannot read at all: the control that the error screen is noticed. */
    static final String NOT_A_MODEL = "not-a-model.dmn";
    /** Selenium looks for a CDP implementation to match Chromium and warns when it has none; none is used. */
    static final Logger SELENIUM_DEVTOOLS = Logger.getLogger("org.openqa.selenium.devtools");

    /** The namespaces' common part for DMN 1.5 (MODEL/, FEEL/) and for DMN 1.6. */
    static final String DMN_15 = "https://www.omg.org/spec/DMN/20230324/";
    static final String DMN_16 = "https://www.omg.org/spec/DMN/20240513/";
    static final String DMN_15_MODEL = DMN_15 + "MODEL/";
    static final String DMN_16_MODEL = DMN_16 + "MODEL/";

    static final PolicyBundle SHIPPED = PolicyBundle.shipped();
    /** What the editor gave back for each model, for the round trip to our runtime. */
    static final Map<String, String> SAVED = new ConcurrentHashMap<>();

    static HttpServer server;
    static WebDriver driver;
    static Path profile;
    static String base;

    static Stream<String> models() {
        return PolicyBundle.FILES.stream().filter(name -> name.endsWith(".dmn"));
    }

    @BeforeAll
    static void startServerAndBrowser() throws IOException {
        missing = missing();
        if (missing != null) {
            fail(missing + ": the build installs it (scripts/install-browser.sh) before the tests");
        }

        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", DmnEditorTest::serve);
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort() + "/";

        SELENIUM_DEVTOOLS.setLevel(Level.SEVERE);
        profile = Files.createTempDirectory("frontdoor-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1600,1000");
        // Both paths given: Selenium Manager has nothing to look up or download.
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(OPEN_TIMEOUT);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stopBrowserAndServer() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.stop(0);
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    /** What is missing to run, if anything: it fails the class (a skipped browser test proves nothing). */
    static String missing;

    static String missing() {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            return "no Chromium at " + CHROMIUM + " or no ChromeDriver at " + CHROMEDRIVER
                    + " (the build's scripts/install-browser.sh installs them)";
        }
        if (!Files.isRegularFile(DIST.resolve("index.js"))) {
            return "no KIE DMN editor at " + DIST
                    + " (the test-cases build runs npm ci in test-cases/editor: mvn -B -pl test-cases -am verify)";
        }
        return null;
    }

    /** editor.html, the editor's dist/ files and the models; nothing else. */
    static void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            byte[] body = null;
            String type = "text/plain";
            if (path.equals("/editor.html")) {
                try (InputStream in = DmnEditorTest.class.getResourceAsStream("editor.html")) {
                    body = in.readAllBytes();
                }
                type = "text/html; charset=utf-8";
            } else if (path.equals("/dist/index.js")) {
                body = Files.readAllBytes(DIST.resolve("index.js"));
                type = "text/javascript; charset=utf-8";
            } else if (path.startsWith("/models/")) {
                String name = path.substring("/models/".length());
                String model = name.equals(NOT_A_MODEL) ? "This is not a DMN model." : SHIPPED.files().get(name);
                if (model != null && name.endsWith(".dmn")) {
                    body = model.getBytes(StandardCharsets.UTF_8);
                    type = "application/xml; charset=utf-8";
                }
            }
            if (body == null) {
                System.err.println("DmnEditorTest: the page asked for " + path + ", which is not served");
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
        }
    }

    @Order(1)
    @ParameterizedTest(name = "{0} opens in the KIE DMN editor with its DRD and its decision tables as written")
    @MethodSource("models")
    void theModelOpensInTheEditor(String file) throws Exception {
        Model model = Model.parse(SHIPPED.file(file));
        Opened opened = open(file);
        assertThat(opened.problem()).as("what the editor showed for %s", file).isNull();

        // The DRD: one node per drawn element, each with the element's name, and no other.
        assertThat(opened.nodeLabels()).as("the node labels on the DRD of %s", file)
                .containsExactlyInAnyOrderElementsOf(model.drawnElements());
        if (file.equals(PolicyBundle.THRESHOLD_MODEL)) {
            assertThat(opened.nodeLabels()).contains("Base level", "Age group", "Child age", "Highest indicator level");
        } else if (file.equals(PolicyBundle.SCREENING_MODEL)) {
            assertThat(opened.nodeLabels()).contains("RAG rating", "Pathway", "Actions", "Information gaps");
        }
        fitView();
        screenshot(file.replace(".dmn", "") + "-drd.png");

        // Every decision table, row by row as in the model.
        assertThat(model.tables()).as("decision tables in %s", file).isNotEmpty();
        for (var table : model.tables().entrySet()) {
            List<List<String>> rows = openDecisionTable(table.getKey());
            assertThat(rows).as("the rows of the decision table %s in %s as the editor shows them", table.getKey(), file)
                    .isEqualTo(table.getValue().rows());
            if (table.getKey().equals("RAG rating")) {
                assertThat(rows.get(0)).as("RAG rating's first row").contains("R1");
                screenshot("screening-rag-rating-table.png");
            }
            backToDiagram();
        }

        assertThat(errorsOnThePage()).as("errors on the page while %s was open", file).isEmpty();
        String content = (String) ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "window.frontdoor.editor.getContent().then(done, e => done('getContent failed: ' + e));");
        assertThat(content).as("getContent() of %s", file).startsWith("<?xml");
        assertThat(Model.parse(content).drawnElements()).as("the elements of %s after getContent()", file)
                .containsExactlyInAnyOrderElementsOf(model.drawnElements());
        SAVED.put(file, content);
        Object notifications = ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "window.frontdoor.editor.validate().then(done, e => done(['validate() failed: ' + e]));");
        assertThat((List<?>) notifications).as("what the editor's validate() reports for %s", file).isEmpty();
    }

    /** The control: a file the editor cannot read shows its error screen, and this test notices it. */
    @Order(2)
    @Test
    void aFileTheEditorCannotReadIsReportedAsSuch() {
        Opened opened = open(NOT_A_MODEL);
        assertThat(opened.problem()).startsWith("Unable to open file.");
        assertThat(opened.nodeLabels()).isEmpty();
    }

    /**
     * The editor (10.2.0) saves DMN 1.6; our KIE runtime (10.1.0) reads DMN up to 1.5, and the bundle loader
     * reads a 1.6 model as 1.5. What the editor saves, as it is, is still our policy: it compiles and every
     * case of the corpus holds. The day the editor writes a 1.6-only construct, this fails.
     */
    @Order(3)
    @Test
    void whatTheEditorSavesIsDmn16AndStillCompilesAndPassesTheCorpus() throws IOException {
        assumeEveryModelWasSaved();
        assertThat(SAVED.values()).allSatisfy(xml -> assertThat(xml).contains(DMN_16_MODEL).doesNotContain(DMN_15_MODEL));
        Map<String, String> files = new LinkedHashMap<>(SHIPPED.files());
        files.putAll(SAVED);
        CaseRunner runner = new CaseRunner(Recommender.compile(new PolicyBundle(files)));
        List<Path> cases = CaseRunner.caseFiles(Path.of("cases"));
        assertThat(cases).hasSizeGreaterThanOrEqualTo(100);
        for (Path file : cases) {
            assertThat(runner.run(file)).as("failures of %s with the models as the editor saved them", file).isEmpty();
        }
    }

    static void assumeEveryModelWasSaved() {
        Assumptions.assumeTrue(SAVED.keySet().containsAll(models().toList()),
                "every model must first have opened (theModelOpensInTheEditor)");
    }

    // ---- The page

    record Opened(String problem, List<String> nodeLabels) {
    }

    /** Opens FILE in a new editor on editor.html and waits until it shows a DRD, an empty diagram or its error screen. */
    Opened open(String file) {
        WebDriver top = driver.switchTo().defaultContent();
        if (!top.getCurrentUrl().equals(base + "editor.html")) {
            top.get(base + "editor.html");
        }
        ((JavascriptExecutor) top).executeScript("window.frontdoor.open(arguments[0])", file);
        WebDriverWait wait = waiting();
        WebElement frame = wait.until(d -> d.findElements(By.cssSelector("#editor iframe")).stream().findFirst().orElse(null));
        driver.switchTo().frame(frame);
        String state = wait.withMessage(() -> "the editor showed neither a diagram nor an error for " + file).until(d -> {
            String text = (String) ((JavascriptExecutor) d).executeScript("return document.body ? document.body.innerText : ''");
            if (text.contains("Unable to open file")) {
                return "error";
            }
            if (text.contains("Diagram is empty")) {
                return "empty";
            }
            return d.findElements(By.cssSelector(".react-flow__node")).isEmpty() ? null : "drd";
        });
        String problem = null;
        if (state.equals("error")) {
            String text = (String) ((JavascriptExecutor) driver).executeScript("return document.body.innerText");
            problem = text.substring(text.indexOf("Unable to open file")).strip().replaceAll("\\s*\\n\\s*", " ");
        } else if (state.equals("empty")) {
            problem = "the editor opened " + file + " as an empty diagram";
        }
        return new Opened(problem, nodeLabels());
    }

    static WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(driver, OPEN_TIMEOUT);
        wait.pollingEvery(Duration.ofMillis(100));
        return wait;
    }

    @SuppressWarnings("unchecked")
    List<String> nodeLabels() {
        return (List<String>) ((JavascriptExecutor) driver).executeScript(
                "return Array.from(document.querySelectorAll('.react-flow__node'))"
                        + ".map(n => n.querySelector('[data-nodelabel]')).map(l => l && l.getAttribute('data-nodelabel'))");
    }

    /** Selects the decision's node on the DRD, presses its Edit label and reads the table's rows. */
    @SuppressWarnings("unchecked")
    List<List<String>> openDecisionTable(String decision) {
        WebElement node = driver.findElements(By.cssSelector(".react-flow__node")).stream()
                .filter(n -> n.findElements(By.cssSelector("[data-nodelabel]")).stream()
                        .anyMatch(l -> decision.equals(l.getAttribute("data-nodelabel"))))
                .findFirst().orElseThrow(() -> new AssertionError("no node " + decision + " on the DRD"));
        node.findElement(By.cssSelector("[data-nodelabel]")).click();
        WebDriverWait wait = waiting();
        wait.withMessage("no Edit on the node " + decision).until(d ->
                !node.findElements(By.cssSelector(".kie-dmn-editor--edit-expression-node-panel span")).isEmpty());
        node.findElement(By.cssSelector(".kie-dmn-editor--edit-expression-node-panel span")).click();
        wait.withMessage("the decision table of " + decision + " did not open").until(d ->
                !d.findElements(By.cssSelector("tr[data-testid='kie-tools--bee--expression-row-0']")).isEmpty());
        List<List<String>> rows = (List<List<String>>) ((JavascriptExecutor) driver).executeScript(
                "return Array.from(document.querySelectorAll(\"tr[data-testid^='kie-tools--bee--expression-row-']\"))"
                        + ".map(tr => Array.from(tr.querySelectorAll('td .editable-cell-raw-value')).map(c => c.textContent))");
        return rows.stream().map(row -> row.stream().map(DmnEditorTest::normalise).toList()).toList();
    }

    void backToDiagram() {
        driver.findElement(By.cssSelector(".kie-dmn-editor--boxed-expression-back")).click();
        waiting().withMessage("the DRD did not come back").until(d ->
                !d.findElements(By.cssSelector(".react-flow__node")).isEmpty());
    }

    /** Presses the DRD's "fit view" and waits until its zoom animation has settled. */
    void fitView() {
        driver.findElement(By.cssSelector("[title='fit view']")).click();
        String[] last = {""};
        waiting().pollingEvery(Duration.ofMillis(300)).withMessage("the DRD kept moving after fit view").until(d -> {
            String now = (String) ((JavascriptExecutor) d).executeScript(
                    "return document.querySelector('.react-flow__viewport').style.transform");
            boolean settled = now.equals(last[0]);
            last[0] = now;
            return settled;
        });
    }

    /** The errors editor.html caught (the editor's onError, uncaught errors); leaves the driver on the top page. */
    @SuppressWarnings("unchecked")
    List<String> errorsOnThePage() {
        return (List<String>) ((JavascriptExecutor) driver.switchTo().defaultContent()).executeScript("return window.frontdoor.errors");
    }

    void screenshot(String name) throws IOException {
        Path png = ((ChromeDriver) driver).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(png, SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    static String normalise(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    // ---- The model as written

    record Table(List<List<String>> rows) {
    }

    /** The names of the DRG elements the model's DRD draws, and its decision tables by decision name. */
    record Model(Set<String> drawnElements, Map<String, Table> tables) {
        static Model parse(String xml) {
            try {
                DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
                factory.setNamespaceAware(true);
                factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
                Element root = factory.newDocumentBuilder()
                        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
                Map<String, String> namesById = new LinkedHashMap<>();
                Map<String, Table> tables = new LinkedHashMap<>();
                for (Element child : children(root)) {
                    if (List.of("decision", "inputData", "businessKnowledgeModel", "knowledgeSource", "decisionService")
                            .contains(child.getLocalName())) {
                        namesById.put(child.getAttribute("id"), child.getAttribute("name"));
                    }
                    if (child.getLocalName().equals("decision")) {
                        children(child).stream().filter(e -> e.getLocalName().equals("decisionTable")).findFirst()
                                .ifPresent(dt -> tables.put(child.getAttribute("name"), table(dt)));
                    }
                }
                Set<String> drawn = new LinkedHashSet<>();
                NodeList shapes = root.getElementsByTagNameNS("*", "DMNShape");
                for (int i = 0; i < shapes.getLength(); i++) {
                    String ref = ((Element) shapes.item(i)).getAttribute("dmnElementRef");
                    if (namesById.containsKey(ref)) {
                        drawn.add(namesById.get(ref));
                    }
                }
                return new Model(drawn, tables);
            } catch (Exception e) {
                throw new IllegalStateException("cannot read the model", e);
            }
        }

        static Table table(Element decisionTable) {
            List<List<String>> rows = new ArrayList<>();
            for (Element rule : children(decisionTable)) {
                if (!rule.getLocalName().equals("rule")) {
                    continue;
                }
                List<String> row = new ArrayList<>();
                for (String kind : List.of("inputEntry", "outputEntry", "annotationEntry")) {
                    children(rule).stream().filter(e -> e.getLocalName().equals(kind))
                            .forEach(e -> row.add(normalise(children(e).stream()
                                    .filter(t -> t.getLocalName().equals("text")).findFirst()
                                    .map(Element::getTextContent).orElse(""))));
                }
                rows.add(row);
            }
            return new Table(rows);
        }

        static List<Element> children(Element parent) {
            List<Element> elements = new ArrayList<>();
            for (var n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e) {
                    elements.add(e);
                }
            }
            return elements;
        }
    }
}

