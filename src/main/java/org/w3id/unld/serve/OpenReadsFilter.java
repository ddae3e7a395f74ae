package org.w3id.unld.serve;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Every read is open to every web page: {@code Access-Control-Allow-Origin: *} on everything but the write
 * endpoints, which keep Fuseki's CORS filter (it echoes the origin and answers preflights). The headers a
 * linked-data client reads — {@code Content-Location}, {@code Link}, {@code Location}, {@code Vary} — are exposed.
 */
final class OpenReadsFilter extends HttpFilter {
    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain) throws IOException, ServletException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        if (!path.startsWith(UnldServer.UPDATE_SERVICE) && !path.startsWith(UnldServer.INGEST_PATH)) {
            resp.setHeader("Access-Control-Allow-Origin", "*");
            resp.setHeader("Access-Control-Expose-Headers",
                    "Content-Location, Content-Type, Content-Length, Link, Location, Vary, Cache-Control, Last-Modified");
        }
        chain.doFilter(req, resp);
    }
}
