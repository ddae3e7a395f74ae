package org.w3id.unld.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.io.input.BoundedInputStream;
import org.eclipse.jetty.http.ByteRange;
import org.eclipse.jetty.http.EtagUtils;
import org.eclipse.jetty.util.StringUtil;
import org.w3id.unld.dump.PublishedDumps;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * {@code /dumps/}: the list of the published dump files, and the files themselves. A file is served only when
 * its name is one of those that {@code SHA256SUMS} lists (or {@code SHA256SUMS} itself): the requested name is
 * compared with that list, never resolved as a path, so {@code ..}, encoded slashes or other tricks find
 * nothing. Files are sent as they are on disk ({@code .gz} as {@code application/gzip}, no content encoding),
 * so what a client saves matches the checksums. A download can be resumed: one byte range ({@code Range},
 * {@code 206}, {@code 416} past the end) under {@code If-Range}; each file's ETag is its SHA-256, and {@code 304}
 * answers a client whose copy is current.
 */
public final class DumpsServlet extends HttpServlet {
    /** Where the servlet is mounted. */
    public static final String PATH = "/dumps/*";

    private final Path folder;

    public DumpsServlet(Path folder) {
        this.folder = folder;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        answer(req, resp, true);
    }

    @Override
    protected void doHead(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        answer(req, resp, false);
    }

    private void answer(HttpServletRequest req, HttpServletResponse resp, boolean body) throws IOException {
        String path = req.getPathInfo();
        if (path == null) {
            resp.setHeader("Location", req.getRequestURI() + "/");
            resp.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            return;
        }
        if (path.equals("/")) {
            listing(req, resp, body);
            return;
        }
        Optional<PublishedDumps.Entry> entry = PublishedDumps.find(folder, path.substring(1));
        if (entry.isEmpty()) {
            notFound(resp);
            return;
        }
        send(entry.get(), req, resp, body);
    }

    private void send(PublishedDumps.Entry entry, HttpServletRequest req, HttpServletResponse resp, boolean body) throws IOException {
        Path file = folder.resolve(entry.name());
        // Opened before the headers are written: a set being replaced meanwhile cannot mix sizes and bytes.
        try (SeekableByteChannel channel = Files.newByteChannel(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
            long size = channel.size();
            Instant modified = Files.getLastModifiedTime(file).toInstant().truncatedTo(ChronoUnit.SECONDS);
            resp.setHeader("Accept-Ranges", "bytes");
            resp.setHeader("Content-Disposition", "attachment; filename=\"" + entry.name() + "\"");
            String etag = etag(entry, file, size);
            if (Conditional.notModified(req, resp, etag, modified)) {
                return;
            }
            Optional<List<ByteRange>> asked = rangesAsked(req, etag, modified, size);
            if (asked.isPresent() && asked.get().isEmpty()) {
                unsatisfiable(resp, size, body);
                return;
            }
            // Several ranges: the whole file, as RFC 9110 §14.2 allows.
            Optional<ByteRange> range = asked.filter(r -> r.size() == 1).map(r -> r.get(0));
            long first = range.map(ByteRange::first).orElse(0L);
            long length = range.map(ByteRange::getLength).orElse(size);
            resp.setStatus(range.isPresent() ? HttpServletResponse.SC_PARTIAL_CONTENT : HttpServletResponse.SC_OK);
            resp.setContentType(entry.name().equals("SHA256SUMS") ? "text/plain; charset=utf-8" : contentType(entry));
            range.ifPresent(r -> resp.setHeader("Content-Range", r.toHeaderValue(size)));
            resp.setContentLengthLong(length);
            if (body) {
                channel.position(first);
                try (InputStream in = BoundedInputStream.builder().setInputStream(Channels.newInputStream(channel)).setMaxCount(length).get();
                     OutputStream out = resp.getOutputStream()) {
                    in.transferTo(out);
                }
            }
        } catch (NoSuchFileException e) {
            // Replaced by a newer set between the lookup and the opening.
            notFound(resp);
        }
    }

    /**
     * The file's ETag: strong, its SHA-256 as {@code SHA256SUMS} lists it, so that a download resumed with
     * {@code If-Range} after the set was rewritten gets the new file whole; Jetty's weak tag (time and size) for
     * {@code SHA256SUMS} itself, or when the file is no longer the one listed.
     */
    private static String etag(PublishedDumps.Entry entry, Path file, long size) {
        return entry.sha256() != null && entry.bytes() == size ? "\"" + entry.sha256() + "\"" : EtagUtils.computeWeakEtag(file);
    }

    /**
     * The byte ranges asked for (RFC 9110 §14), as Jetty's {@code ByteRange} parses the {@code Range} header: none
     * (send the whole file) without a header, for another unit or under an {@code If-Range} that no longer holds; an
     * empty list when no range is within the file.
     */
    private static Optional<List<ByteRange>> rangesAsked(HttpServletRequest req, String etag, Instant modified, long size) {
        String header = req.getHeader("Range");
        if (header == null || !header.strip().regionMatches(true, 0, "bytes=", 0, 6) || !Conditional.rangeApplies(req, etag, modified)) {
            return Optional.empty();
        }
        return Optional.of(ByteRange.parse(Collections.list(req.getHeaders("Range")), size));
    }

    /** 416, with the size the client should have asked within. */
    private static void unsatisfiable(HttpServletResponse resp, long size, boolean body) throws IOException {
        byte[] text = ("The file has " + size + " bytes; the range asked for is not within them.\n").getBytes(StandardCharsets.UTF_8);
        resp.setStatus(HttpServletResponse.SC_REQUESTED_RANGE_NOT_SATISFIABLE);
        resp.setHeader("Content-Range", ByteRange.toNonSatisfiableHeaderValue(size));
        resp.setContentType("text/plain; charset=utf-8");
        resp.setContentLength(text.length);
        if (body) {
            resp.getOutputStream().write(text);
        }
    }

    private static String contentType(PublishedDumps.Entry entry) {
        if (entry.kind().gzipped()) {
            return "application/gzip";
        }
        String type = entry.kind().mediaType();
        return type.startsWith("text/") || type.equals("application/n-triples") ? type + "; charset=utf-8" : type;
    }

    private void listing(HttpServletRequest req, HttpServletResponse resp, boolean body) throws IOException {
        List<PublishedDumps.Entry> entries = PublishedDumps.list(folder);
        StringBuilder h = new StringBuilder(4096);
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>unld dumps</title>")
                .append("<link rel=\"alternate\" type=\"text/turtle\" href=\"/.well-known/void\"></head><body>\n")
                .append("<h1>Dumps</h1>\n");
        if (entries.isEmpty()) {
            h.append("<p>No dumps have been written yet. They are written after every ingest, or by <code>unld dump</code>.</p>\n");
        } else {
            h.append("<p>The whole dataset as files. Their sizes, checksums and licence are described in the ")
                    .append("<a href=\"/.well-known/void\">VoID description</a>; check downloads with ")
                    .append("<code>sha256sum -c SHA256SUMS</code>.</p>\n<table>\n")
                    .append("<tr><th>file</th><th>content</th><th>bytes</th><th>SHA-256</th></tr>\n");
            for (PublishedDumps.Entry e : entries) {
                String name = StringUtil.sanitizeXmlString(e.name());
                h.append("<tr><td><a href=\"").append(name).append("\">").append(name).append("</a></td><td>")
                        .append(StringUtil.sanitizeXmlString(e.kind().title())).append("</td><td>").append(e.bytes())
                        .append("</td><td><code>").append(e.sha256() == null ? "" : e.sha256()).append("</code></td></tr>\n");
            }
            h.append("</table>\n");
        }
        h.append("</body></html>\n");
        byte[] bytes = h.toString().getBytes(StandardCharsets.UTF_8);
        // The list is made from the files: its validators are its own bytes and the checksums file's time.
        Path sums = folder.resolve("SHA256SUMS");
        Instant modified = Files.exists(sums) ? Files.getLastModifiedTime(sums).toInstant().truncatedTo(ChronoUnit.SECONDS) : null;
        if (Conditional.notModified(req, resp, "\"" + Conditional.sha256(bytes) + "\"", modified)) {
            return;
        }
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType("text/html; charset=utf-8");
        resp.setContentLength(bytes.length);
        if (body) {
            resp.getOutputStream().write(bytes);
        }
    }

    private static void notFound(HttpServletResponse resp) throws IOException {
        byte[] bytes = "Not found: only the files listed at /dumps/ are served here.\n".getBytes(StandardCharsets.UTF_8);
        resp.setStatus(HttpServletResponse.SC_NOT_FOUND);
        resp.setContentType("text/plain; charset=utf-8");
        resp.setContentLength(bytes.length);
        resp.getOutputStream().write(bytes);
    }
}
