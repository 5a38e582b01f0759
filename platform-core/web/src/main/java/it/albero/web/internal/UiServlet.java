package it.albero.web.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/**
 * The web application's page at every address under {@code /albero/} ({@code /albero/unita/ENT},
 * {@code /albero/indicatori/ENT-01.1}, ...): one HTML shell whose script reads the address and draws the page from
 * the REST API. The addresses are therefore stable and bookmarkable, and the server keeps no state of the UI. Files
 * under {@code /albero/static/} are served by {@link UiResources}.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletName("albero-ui")
@HttpWhiteboardServletPattern({"/albero", "/albero/*"})
public class UiServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /**
     * Only the platform's own scripts, styles, fonts and API: no inline script, nothing from elsewhere, no framing.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self';"
            + " form-action 'self'; frame-ancestors 'none'";

    private final byte[] shell;

    @Activate
    public UiServlet(BundleContext context) throws IOException {
        URL url = context.getBundle().getEntry("ui/index.html");
        if (url == null) {
            throw new IOException("ui/index.html missing from bundle " + context.getBundle().getSymbolicName());
        }
        try (InputStream in = url.openStream()) {
            this.shell = in.readAllBytes();
        }
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (req.getPathInfo() == null) {
            // /albero without the slash: the relative addresses of the shell need the folder form
            resp.sendRedirect("/albero/");
            return;
        }
        headers(resp);
        resp.setContentType("text/html; charset=UTF-8");
        resp.setContentLength(shell.length);
        resp.getOutputStream().write(shell);
    }

    @Override
    protected void doHead(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        headers(resp);
        resp.setContentType("text/html; charset=UTF-8");
        resp.setContentLength(shell.length);
    }

    static void headers(HttpServletResponse resp) {
        resp.setHeader("Cache-Control", "no-cache");
        resp.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Referrer-Policy", "same-origin");
        resp.setHeader("X-Frame-Options", "DENY");
    }
}
