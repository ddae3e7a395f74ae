package org.w3id.unld.serve.guard;

import org.apache.jena.atlas.logging.FmtLog;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.query.QueryExecException;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.iterator.QueryIterCommonParent;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.engine.iterator.QueryIterSingleton;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.exec.http.Service;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.service.single.ServiceExecutor;
import org.apache.jena.sparql.util.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Which SPARQL endpoints a query's {@code SERVICE} may call, and how. A public endpoint that fetches any URL a
 * query names can be turned against its own network (a request to an internal address, its answer read back in
 * the error) or against itself ({@code SERVICE} nested back into the server until every thread waits on
 * another). So federation is off unless endpoints are named ({@code unld serve --federate URL}); a call to an
 * endpoint not named is refused before anything is sent. A call that is allowed runs on a pool of its own, no
 * more than {@code maxConcurrent} at once, with connect and read timeouts inside the query's timeout, follows
 * no redirect, and fails with a message that never repeats what the remote server answered.
 */
public final class Federation implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Federation.class);
    /** Outgoing calls at once, over all queries, unless the builder says otherwise. */
    public static final int DEFAULT_MAX_CONCURRENT = 4;

    private final Set<String> endpoints;
    private final Duration timeout;
    private final Semaphore slots;
    private final ExecutorService calls;
    private final HttpClient http;

    private Federation(Collection<String> endpoints, Duration timeout, int maxConcurrent) {
        this.endpoints = Set.copyOf(endpoints);
        this.timeout = timeout;
        this.slots = new Semaphore(maxConcurrent);
        this.calls = endpoints.isEmpty() ? null : Executors.newFixedThreadPool(maxConcurrent, r -> {
            Thread t = new Thread(r, "unld-federation");
            t.setDaemon(true);
            return t;
        });
        this.http = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /**
     * @param endpoints     the endpoint URLs a {@code SERVICE} may name, exactly; none: federation is off
     * @param timeout       the longest one call may take, connecting and reading (keep it within the query timeout)
     * @param maxConcurrent outgoing calls at once, over all queries; a call beyond it fails at once
     */
    public static Federation of(Collection<String> endpoints, Duration timeout, int maxConcurrent) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the federation timeout must be positive");
        }
        if (maxConcurrent < 1) {
            throw new IllegalArgumentException("at least one outgoing call must be allowed");
        }
        return new Federation(endpoints, timeout, maxConcurrent);
    }

    public boolean enabled() {
        return !endpoints.isEmpty();
    }

    public Set<String> endpoints() {
        return new TreeSet<>(endpoints);
    }

    /** Makes every query run with {@code context} call {@code SERVICE} through this policy only. */
    public void install(Context context) {
        ServiceExecutorRegistry registry = new ServiceExecutorRegistry();
        registry.add(new Executor());
        ServiceExecutorRegistry.set(context, registry);
        // Service.exec is only reached through the executor above, which has checked the endpoint.
        context.set(Service.httpServiceAllowed, enabled());
    }

    @Override
    public void close() {
        if (calls != null) {
            calls.shutdownNow();
        }
    }

    private final class Executor implements ServiceExecutor {
        @Override
        public QueryIterator createExecution(OpService opExecute, OpService original, Binding binding, ExecutionContext execCxt) {
            Node service = opExecute.getService();
            if (!service.isURI()) {
                throw new QueryExecException("SERVICE needs an endpoint IRI; got " + service);
            }
            String endpoint = service.getURI();
            if (!endpoints.contains(endpoint)) {
                throw new QueryDeniedException(enabled()
                        ? "SERVICE <" + clip(endpoint) + "> is not one of the endpoints this server federates with: " + endpoints()
                        : "SERVICE is off on this server: it sends no request to other endpoints (the operator can allow some with unld serve --federate URL)");
            }
            if (!slots.tryAcquire()) {
                throw new QueryExceptionHTTP(503, "too many SERVICE calls are running on this server; try again in a moment");
            }
            try {
                return new QueryIterCommonParent(QueryIterPlainWrapper.create(call(opExecute, endpoint, execCxt), execCxt), binding, execCxt);
            } catch (QueryExceptionHTTP e) {
                if (opExecute.getSilent()) {
                    return QueryIterSingleton.create(binding, execCxt);
                }
                throw e;
            } finally {
                slots.release();
            }
        }

        /** The remote solutions, read whole on a pool thread that the timeout interrupts. */
        private java.util.Iterator<Binding> call(OpService op, String endpoint, ExecutionContext execCxt) {
            Context context = execCxt.getContext().copy();
            context.set(Service.httpQueryClient, http);
            context.set(Service.httpQueryTimeout, timeout.toMillis());
            Future<List<Binding>> answer = calls.submit(() -> {
                List<Binding> rows = new ArrayList<>();
                QueryIterator it = Service.exec(op, context);
                try {
                    it.forEachRemaining(rows::add);
                } finally {
                    it.close();
                }
                return rows;
            });
            try {
                return answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS).iterator();
            } catch (TimeoutException e) {
                answer.cancel(true);
                throw new QueryExceptionHTTP(504, "SERVICE <" + clip(endpoint) + "> did not answer within " + timeout.toMillis() + " ms");
            } catch (InterruptedException e) {
                answer.cancel(true);
                Thread.currentThread().interrupt();
                throw new QueryCancelledException();
            } catch (ExecutionException e) {
                if (timedOut(e.getCause())) {
                    // The HTTP client's own read timeout, the same length as ours, may fire first: still a timeout.
                    throw new QueryExceptionHTTP(504, "SERVICE <" + clip(endpoint) + "> did not answer within " + timeout.toMillis() + " ms");
                }
                // The remote answer (an error page, a file) never reaches the client or the log.
                FmtLog.info(LOG, "SERVICE <%s> failed: %s", clip(endpoint), e.getCause().getClass().getSimpleName());
                throw new QueryExceptionHTTP(502, "SERVICE <" + clip(endpoint) + "> failed: " + failure(e.getCause()));
            }
        }
    }

    private static boolean timedOut(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof java.net.http.HttpTimeoutException) {
                return true;
            }
        }
        return false;
    }

    private static String failure(Throwable cause) {
        if (cause instanceof QueryExceptionHTTP http && http.getStatusCode() > 0) {
            return "it answered HTTP " + http.getStatusCode();
        }
        if (cause instanceof org.apache.jena.atlas.web.HttpException http && http.getStatusCode() > 0) {
            return "it answered HTTP " + http.getStatusCode();
        }
        return "no SPARQL results could be read from it";
    }

    private static String clip(String s) {
        return s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }
}
