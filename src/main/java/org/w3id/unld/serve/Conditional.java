package org.w3id.unld.serve;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.jetty.http.EtagUtils;
import org.eclipse.jetty.http.QuotedCSV;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;

/**
 * Conditional requests (RFC 9110 §13): validators on an answer, {@code 304 Not Modified} when the client's copy is
 * current, and whether a {@code Range} applies under {@code If-Range}. HTTP dates are written and read by the
 * servlet container ({@code setDateHeader}, {@code getDateHeader}); entity-tag lists are split and compared with
 * Jetty's {@code QuotedCSV} and {@code EtagUtils}, which also match the {@code --gzip} variant its gzip handler tags.
 */
final class Conditional {
    static final String ETAG = "ETag";
    static final String LAST_MODIFIED = "Last-Modified";

    private Conditional() {
    }

    /**
     * Sets {@code ETag} and {@code Last-Modified} and, for GET and HEAD, answers {@code 304} when {@code If-None-Match}
     * names the ETag (weak comparison) or, without {@code If-None-Match}, when {@code If-Modified-Since} is not before
     * Last-Modified ({@code lastModified} may be null: no Last-Modified). Returns whether it answered: the caller sends the representation only when it did not.
     */
    static boolean notModified(HttpServletRequest req, HttpServletResponse resp, String etag, Instant lastModified) {
        resp.setHeader(ETAG, etag);
        if (lastModified != null) {
            resp.setDateHeader(LAST_MODIFIED, lastModified.toEpochMilli());
        }
        if (!req.getMethod().equals("GET") && !req.getMethod().equals("HEAD")) {
            return false;
        }
        List<String> ifNoneMatch = Collections.list(req.getHeaders("If-None-Match"));
        boolean current = ifNoneMatch.isEmpty() ? notModifiedSince(req, lastModified) : anyMatches(etag, ifNoneMatch);
        if (current) {
            resp.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
        }
        return current;
    }

    /**
     * Whether a {@code Range} may be served: without {@code If-Range}, yes; with one, only when it is the current strong
     * ETag or exactly the current Last-Modified (RFC 9110 §13.1.5), otherwise the whole representation is sent.
     */
    static boolean rangeApplies(HttpServletRequest req, String etag, Instant lastModified) {
        String ifRange = req.getHeader("If-Range");
        if (ifRange == null) {
            return true;
        }
        String condition = ifRange.strip();
        if (condition.startsWith("\"") || condition.startsWith("W/")) {
            return EtagUtils.isStrong(etag) && EtagUtils.isStrong(condition) && EtagUtils.matches(etag, condition);
        }
        try {
            return lastModified != null && req.getDateHeader("If-Range") == lastModified.getEpochSecond() * 1000;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean anyMatches(String etag, List<String> headers) {
        for (String tag : new QuotedCSV(true, headers.toArray(String[]::new))) {
            if (tag.equals("*") || EtagUtils.matches(opaque(etag), opaque(tag))) {
                return true;
            }
        }
        return false;
    }

    /** The tag without its weakness mark: If-None-Match compares weakly (RFC 9110 §8.8.3.2). */
    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }

    private static boolean notModifiedSince(HttpServletRequest req, Instant lastModified) {
        long since;
        try {
            since = req.getDateHeader("If-Modified-Since");
        } catch (IllegalArgumentException e) {
            // Not an HTTP date: the condition is ignored (RFC 9110 §13.1.3).
            return false;
        }
        return since >= 0 && lastModified != null && lastModified.getEpochSecond() * 1000 <= since;
    }

    /** A validator for bytes made on the fly: the SHA-256 of the parts one after the other, in hex. */
    static String sha256(byte[]... parts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (byte[] part : parts) {
                sha.update(part);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
