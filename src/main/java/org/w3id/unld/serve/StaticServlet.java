package org.w3id.unld.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/** {@code /static/…}: the stylesheet and script of the pages, from the jar (unld/web/static/). */
final class StaticServlet extends HttpServlet {
    private static final String FOLDER = "unld/web/static/";
    private static final Map<String, String> TYPES = Map.of(
            "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "svg", "image/svg+xml",
            "png", "image/png",
            "ico", "image/x-icon");

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String name = Http.rawRest(req, "/static/");
        int dot = name.lastIndexOf('.');
        String type = dot < 0 ? null : TYPES.get(name.substring(dot + 1));
        if (type == null || !name.matches("[A-Za-z0-9_-]+\\.[a-z]+")) {
            Http.sendText(resp, HttpServletResponse.SC_NOT_FOUND, "No such file.");
            return;
        }
        try (InputStream in = StaticServlet.class.getClassLoader().getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                Http.sendText(resp, HttpServletResponse.SC_NOT_FOUND, "No such file.");
                return;
            }
            resp.setHeader("Cache-Control", "public, max-age=3600");
            resp.setHeader("X-Content-Type-Options", "nosniff");
            Http.send(resp, 200, type, in.readAllBytes());
        }
    }
}
