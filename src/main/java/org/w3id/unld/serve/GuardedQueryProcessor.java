package org.w3id.unld.serve;

import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.w3id.unld.serve.guard.MemoryGuard;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Fuseki's SPARQL query handler, bounded for a public endpoint:
 * <ul>
 * <li>a query text longer than {@code maxQueryBytes} is refused with 413 before it is parsed (parsing is not
 *     covered by the query timeout, and a 15 MB query takes minutes to parse);</li>
 * <li>a query without LIMIT, or with a larger one, is run with LIMIT = the result cap;</li>
 * <li>a running query is known to the {@link MemoryGuard}, which stops it when the heap runs short, with a clear
 *     error rather than a timeout;</li>
 * <li>error messages never repeat the query text (Fuseki's parse errors echo it whole).</li>
 * </ul>
 */
final class GuardedQueryProcessor extends SPARQL_QueryDataset {
    private static final String RUNNING = GuardedQueryProcessor.class.getName() + ".exec";

    private final long cap;
    private final long maxQueryBytes;
    private final MemoryGuard memory;

    GuardedQueryProcessor(long cap, long maxQueryBytes, MemoryGuard memory) {
        this.cap = cap;
        this.maxQueryBytes = maxQueryBytes;
        this.memory = memory;
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        super.validateQuery(action, query);
        if (query.isAskType()) {
            return;
        }
        if (!query.hasLimit() || query.getLimit() > cap) {
            query.setLimit(cap);
        }
    }

    @Override
    protected void executeBody(HttpAction action) {
        byte[] body;
        try (InputStream in = action.getRequestInputStream()) {
            body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxQueryBytes + 1));
        } catch (IOException e) {
            ServletOps.errorBadRequest("The query could not be read: " + e.getMessage());
            return;
        }
        if (body.length > maxQueryBytes) {
            tooLong();
        }
        execute(new String(body, StandardCharsets.UTF_8), action);
    }

    @Override
    protected void execute(String queryString, HttpAction action) {
        if (queryString != null && queryString.length() > maxQueryBytes) {
            tooLong();
        }
        try {
            super.execute(queryString, action);
        } catch (ActionErrorException e) {
            if (e.getMessage() != null && queryString != null && queryString.length() > 40 && e.getMessage().contains(queryString)) {
                throw new ActionErrorException(e.getRC(), e.getMessage().replace(queryString, "(the query)"), null);
            }
            throw e;
        } catch (QueryCancelledException e) {
            QueryExec exec = (QueryExec) action.getRequest().getAttribute(RUNNING);
            if (exec != null && memory.stopped(exec)) {
                throw new QueryDeniedException("The query was stopped: the server was short of memory. "
                        + "Ask for less at once (LIMIT, fewer variables, no cartesian product).");
            }
            throw e;
        } finally {
            QueryExec exec = (QueryExec) action.getRequest().getAttribute(RUNNING);
            if (exec != null) {
                memory.unregister(exec);
            }
        }
    }

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        QueryExec exec = super.createQueryExec(action, query, dataset);
        action.getRequest().setAttribute(RUNNING, exec);
        memory.register(exec);
        return exec;
    }

    private void tooLong() {
        ServletOps.error(413, "The query is longer than this server accepts (" + maxQueryBytes
                + " bytes; --max-query-bytes). Shorten it, e.g. with VALUES over fewer items.");
    }

}
