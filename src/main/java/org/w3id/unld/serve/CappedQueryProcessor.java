package org.w3id.unld.serve;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;

/**
 * Fuseki's SPARQL query handler with a cap on the number of results: a query without LIMIT, or with a
 * larger one, is run with LIMIT = the cap (a SELECT returns at most that many rows, a CONSTRUCT is built from
 * at most that many solutions). Together with the query timeout this keeps one request from holding the server.
 */
final class CappedQueryProcessor extends SPARQL_QueryDataset {
    private final long cap;

    CappedQueryProcessor(long cap) {
        this.cap = cap;
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
}
