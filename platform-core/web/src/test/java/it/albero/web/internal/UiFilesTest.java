package it.albero.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Everything the pages load is inside the bundle: the shell's scripts and styles, every module a script imports,
 * every font and icon file the styles name (a webjar upgrade that moves a file fails here, not in a town hall), and
 * nothing is loaded from another server.
 */
class UiFilesTest {

    private static final Path UI = Path.of("target/classes/ui");
    private static final Pattern STATIC = Pattern.compile("/albero/static/([^\"'#)\\s]+)");
    private static final Pattern IMPORT = Pattern.compile("(?m)^import .* from '([^']+)';");
    private static final Pattern CSS_URL = Pattern.compile("url\\(\"?(\\.\\./[^\")]+)\"?\\)");

    @Test
    void theShellLoadsOnlyFilesOfTheBundle() throws IOException {
        String shell = read(UI.resolve("index.html"));
        List<String> refs = all(STATIC, shell);
        assertTrue(refs.size() >= 5, "the shell names its files: " + refs);
        for (String ref : refs) {
            assertTrue(Files.isRegularFile(UI.resolve(ref)), "index.html names a missing file: " + ref);
        }
        assertFalse(shell.matches("(?s).*(src|href)=\"(https?:)?//.*"), "index.html loads from another server");
        assertFalse(shell.contains("<script>"), "inline script: the Content-Security-Policy would block it");
    }

    @Test
    void everyImportOfEveryScriptResolves() throws IOException {
        List<Path> scripts;
        try (Stream<Path> s = Files.walk(UI.resolve("js"))) {
            scripts = s.filter(p -> p.toString().endsWith(".js")).toList();
        }
        assertTrue(scripts.size() >= 10);
        for (Path script : scripts) {
            for (String target : all(IMPORT, read(script))) {
                assertTrue(target.startsWith("./") || target.startsWith("../"), script + " imports " + target);
                assertTrue(Files.isRegularFile(script.getParent().resolve(target).normalize()),
                        script + " imports a missing module " + target);
            }
        }
    }

    @Test
    void everyPageModuleIsRouted() throws IOException {
        String app = read(UI.resolve("js/app.js"));
        try (Stream<Path> pages = Files.list(UI.resolve("js/pages"))) {
            for (Path page : pages.toList()) {
                assertTrue(app.contains("'./pages/" + page.getFileName() + "'"), "page not routed: " + page);
            }
        }
    }

    @Test
    void fontsAndIconsNamedByTheStylesAreBundled() throws IOException {
        List<String> urls = all(CSS_URL, read(UI.resolve("css/albero.css")));
        assertEquals(6, urls.size(), "the six font faces: " + urls);
        for (String url : urls) {
            assertTrue(Files.isRegularFile(UI.resolve("css").resolve(url).normalize()), "missing font " + url);
        }
        assertTrue(Files.size(UI.resolve("vendor/bootstrap-italia/svg/sprites.svg")) > 10_000);
        assertTrue(Files.size(UI.resolve("vendor/chart.js/chart.umd.min.js")) > 100_000);
    }

    @Test
    void theContentSecurityPolicyAllowsOnlyTheServerItself() {
        String csp = UiServlet.CONTENT_SECURITY_POLICY;
        assertTrue(csp.contains("default-src 'self'"));
        assertTrue(csp.contains("script-src 'self';"), "no inline or foreign script");
        assertTrue(csp.contains("frame-ancestors 'none'"));
        assertFalse(csp.contains("unsafe-inline") || csp.contains("unsafe-eval") || csp.contains("http"));
    }

    private static String read(Path p) throws IOException {
        return Files.readString(p, StandardCharsets.UTF_8);
    }

    private static List<String> all(Pattern p, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
