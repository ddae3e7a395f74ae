package org.w3id.unld.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** {@code /context.jsonld}: the JSON-LD context that unld's JSON-LD refers to, so that keys are short. */
final class ContextServlet extends HttpServlet {
    private final byte[] context = RdfOutput.contextDocument();

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setHeader("Cache-Control", "public, max-age=3600");
        Http.send(resp, 200, Format.JSONLD.mediaType(), context);
    }
}
