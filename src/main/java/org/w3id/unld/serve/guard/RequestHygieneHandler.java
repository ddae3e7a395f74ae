package org.w3id.unld.serve.guard;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

/**
 * Requests refused before any other part of the server sees them: {@code TRACE} and {@code TRACK} (they echo
 * headers, cookies and credentials included, back to the caller), and an {@code Authorization: Basic} header
 * that is not base64 of {@code user:password} (Jetty's authenticator fails on it with a 500 and a stack trace).
 */
public final class RequestHygieneHandler extends Handler.Wrapper {
    public RequestHygieneHandler(Handler handler) {
        super(handler);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String method = request.getMethod();
        if ("TRACE".equals(method) || "TRACK".equals(method)) {
            response.getHeaders().put(HttpHeader.ALLOW, "GET, HEAD, POST, PUT, DELETE, OPTIONS");
            return refuse(response, callback, HttpStatus.METHOD_NOT_ALLOWED_405, method + " is not allowed here.");
        }
        String authorization = request.getHeaders().get(HttpHeader.AUTHORIZATION);
        if (authorization != null && !wellFormed(authorization)) {
            return refuse(response, callback, HttpStatus.BAD_REQUEST_400,
                    "The Authorization header is malformed: use Basic with base64 of user:password (curl -u user:password does it).");
        }
        return super.handle(request, response, callback);
    }

    /** A Basic header must decode to user:password; other schemes are left to the authenticator. */
    static boolean wellFormed(String authorization) {
        String value = authorization.strip();
        int space = value.indexOf(' ');
        String scheme = space < 0 ? value : value.substring(0, space);
        if (!"basic".equals(scheme.toLowerCase(Locale.ROOT))) {
            return true;
        }
        if (space < 0) {
            return false;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(value.substring(space + 1).strip()), StandardCharsets.UTF_8);
            return decoded.indexOf(':') > 0;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean refuse(Response response, Callback callback, int status, String message) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain; charset=utf-8");
        response.write(true, java.nio.ByteBuffer.wrap((message + "\n").getBytes(StandardCharsets.UTF_8)), callback);
        return true;
    }
}
