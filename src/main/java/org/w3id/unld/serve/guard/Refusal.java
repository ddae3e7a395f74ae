package org.w3id.unld.serve.guard;

import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** The answer of a guard that refuses a request: a status and one line of plain text saying what to do. */
final class Refusal {
    private Refusal() {
    }

    static void send(HttpServletResponse resp, int status, String message) throws IOException {
        byte[] body = (message + "\n").getBytes(StandardCharsets.UTF_8);
        resp.setStatus(status);
        resp.setContentType("text/plain; charset=utf-8");
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }
}
