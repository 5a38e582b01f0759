package it.albero.web.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/**
 * The server's root sends the browser to the application ({@code /} to {@code /albero/}); any other address that
 * nothing serves gets a short Italian "not found" page with the way back.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletName("albero-root")
@HttpWhiteboardServletPattern("/")
public class RootRedirect extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final byte[] NOT_FOUND = ("<!DOCTYPE html><html lang=\"it\"><head><meta charset=\"utf-8\">"
            + "<title>Pagina non trovata - Albero</title></head><body><main><h1>Pagina non trovata</h1>"
            + "<p>L'indirizzo richiesto non esiste. <a href=\"/albero/\">Vai ad Albero</a>.</p></main></body></html>")
            .getBytes(StandardCharsets.UTF_8);

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getServletPath() + (req.getPathInfo() == null ? "" : req.getPathInfo());
        if (path.isEmpty() || "/".equals(path)) {
            resp.sendRedirect("/albero/");
            return;
        }
        UiServlet.headers(resp);
        resp.setStatus(HttpServletResponse.SC_NOT_FOUND);
        resp.setContentType("text/html; charset=UTF-8");
        resp.getOutputStream().write(NOT_FOUND);
    }
}
