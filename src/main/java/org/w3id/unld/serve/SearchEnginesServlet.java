package org.w3id.unld.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.graph.Node;
import org.w3id.unld.vocab.IriPaths;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * What search engines read first: {@code /robots.txt} (pages welcome, query services not, and where the sitemap is)
 * and the sitemaps (sitemaps.org 0.9): {@code /sitemap.xml} is an index of {@code /sitemap.xml?page=N}, each listing
 * at most {@link #URLS_PER_SITEMAP} document pages. The pages share the index's folder, as the protocol asks.
 */
final class SearchEnginesServlet extends HttpServlet {
    static final String ROBOTS = "/" + IriPaths.ROBOTS;
    static final String SITEMAP = "/" + IriPaths.SITEMAP;
    static final List<String> PATHS = List.of(ROBOTS, SITEMAP);
    /** The protocol's limit of URLs in one sitemap. */
    static final int URLS_PER_SITEMAP = 50_000;
    private static final String XMLNS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    /** Services and forms: answers computed per request, no pages to index. */
    private static final List<String> NOT_FOR_CRAWLERS = List.of("/sparql", "/query", "/search", "/update", "/ingest", "/dumps/");

    private final transient Site site;

    SearchEnginesServlet(Site site) {
        this.site = site;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        resp.setHeader("Cache-Control", "public, max-age=3600");
        if (path.equals(ROBOTS)) {
            StringBuilder out = new StringBuilder("User-agent: *\n");
            NOT_FOR_CRAWLERS.forEach(p -> out.append("Disallow: ").append(p).append('\n'));
            out.append("Allow: /\n\nSitemap: ").append(absolute(SITEMAP));
            Http.sendText(resp, 200, out.toString());
            return;
        }
        String page = req.getParameter("page");
        if (page == null) {
            sendXml(resp, index());
            return;
        }
        int n = Http.intParameter(req, "page", 0);
        long sitemaps = sitemapCount();
        if (n < 1 || n > sitemaps) {
            Errors.notFound(req, resp, absolute(SITEMAP + "?page=" + Html.escape(page)));
            return;
        }
        sendXml(resp, sitemap(n));
    }

    private long sitemapCount() {
        return Math.max(1, (site.browse().documentCount() + URLS_PER_SITEMAP - 1) / URLS_PER_SITEMAP);
    }

    private String index() {
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"" + XMLNS + "\">\n");
        for (long n = 1, last = sitemapCount(); n <= last; n++) {
            out.append("  <sitemap><loc>").append(Html.escape(absolute(SITEMAP + "?page=" + n))).append("</loc></sitemap>\n");
        }
        return out.append("</sitemapindex>\n").toString();
    }

    private String sitemap(int n) {
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"" + XMLNS + "\">\n");
        for (Node doc : site.browse().documents((n - 1L) * URLS_PER_SITEMAP, URLS_PER_SITEMAP)) {
            String href = site.addresses().href(doc.getURI());
            if (href.startsWith("/")) {
                out.append("  <url><loc>").append(Html.escape(absolute(href))).append("</loc></url>\n");
            }
        }
        return out.append("</urlset>\n").toString();
    }

    /** A path of this site as the absolute URL search engines need: under the base the site's IRIs are minted with. */
    private String absolute(String path) {
        return site.addresses().base() + path.substring(1);
    }

    private static void sendXml(HttpServletResponse resp, String xml) throws IOException {
        Http.send(resp, 200, "application/xml; charset=utf-8", xml.getBytes(StandardCharsets.UTF_8));
    }
}
