package org.stdkg.server;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.mod.admin.FMod_Admin;
import org.apache.jena.fuseki.mod.ui.FMod_UI;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.eclipse.jetty.ee10.servlet.DefaultServlet;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.stdkg.config.StdkgConfig;
import org.stdkg.query.QueryCatalogue;
import org.stdkg.store.StoreConfiguration;
import org.stdkg.store.StoreException;

/**
 * The stdkg HTTP server: an embedded Fuseki main server whose services come from
 * {@code fuseki-config.ttl}, with the Fuseki UI, health ({@code /$/ping}), Prometheus metrics
 * ({@code /$/metrics}), CORS, {@code /sparql} (CONTRACT section 3) and stdkg's own endpoints: the
 * canned queries ({@code /queries}, {@link QueriesServlet}) and entity search ({@code /search},
 * {@link SearchServlet}).
 *
 * <p>Read-only unless built with {@link Builder#allowUpdate}, which adds SPARQL update and the
 * read-write Graph Store Protocol and binds to the loopback interface only.
 *
 * <p>In front of Fuseki's servlets sit Jetty handlers: a {@link RequestSizeHandler} refuses
 * request bodies (and query strings) above the configured size on every path, a
 * {@link GracefulHandler} lets {@link #stop} wait for the requests in flight, and every response
 * says {@code X-Content-Type-Options: nosniff}. Every request is logged once, as one line
 * ({@link RequestLogger}).
 *
 * <pre>{@code
 * StdkgServer server = StdkgServer.create().configuration(config).port(3030).build();
 * server.start();
 * }</pre>
 */
public final class StdkgServer {

    private static final String FUSEKI = "http://jena.apache.org/fuseki#";

    private final FusekiServer fuseki;
    private final String datasetPath;
    private final StoreConfiguration configuration;
    private final Supplier<QueryCatalogue> catalogue;
    private boolean stopped;
    private RuntimeException stopFailure;

    private StdkgServer(FusekiServer fuseki, String datasetPath, StoreConfiguration configuration, Supplier<QueryCatalogue> catalogue) {
        this.fuseki = fuseki;
        this.datasetPath = datasetPath;
        this.configuration = configuration;
        this.catalogue = catalogue;
    }

    public static Builder create() {
        return new Builder();
    }

    /** The served dataset (text-indexed TDB2), as Fuseki assembled it from the configuration. */
    public Dataset dataset() {
        DataAccessPoint dap = fuseki.getDataAccessPointRegistry().get(datasetPath);
        if (dap == null) {
            throw new StoreException("the server has no dataset at " + datasetPath);
        }
        DatasetGraph dsg = dap.getDataService().getDataset();
        return DatasetFactory.wrap(dsg);
    }

    /**
     * Starts serving. SPARQL is answered as soon as this returns; the canned-query catalogue, which
     * a cold JVM takes about a second to parse and check, is read on a background thread meanwhile
     * (a request that needs it first waits for it).
     */
    public StdkgServer start() {
        fuseki.start();
        Thread warmUp = new Thread(() -> {
            try {
                catalogue.get();
            } catch (RuntimeException | Error e) {
                // Reported again, to the client, by the first request that needs the catalogue.
                org.slf4j.LoggerFactory.getLogger(StdkgServer.class).warn("canned queries: {}", e.getMessage());
            }
        }, "stdkg-catalogue");
        warmUp.setDaemon(true);
        warmUp.start();
        return this;
    }

    /**
     * Stops gracefully, then releases the database: no new connection is accepted, the requests in
     * flight get up to the shutdown timeout to finish (later ones on open connections get 503), then
     * the text index is closed and the TDB2 database released (its lock freed). Stopping twice does
     * nothing the second time, or throws again what the first stop threw.
     */
    public synchronized void stop() {
        if (stopped) {
            if (stopFailure != null) {
                throw stopFailure;
            }
            return;
        }
        stopped = true;
        Dataset dataset = dataset();
        try {
            try {
                fuseki.stop();
            } finally {
                org.stdkg.store.GraphStore.wrap(dataset, configuration).close();
            }
        } catch (RuntimeException e) {
            // Whoever stops next (the thread that waited in join) learns of it too.
            stopFailure = e;
            throw e;
        }
    }

    public void join() {
        fuseki.join();
    }

    /** The port the server listens on (the real one when 0 was asked for). */
    public int port() {
        return fuseki.getHttpPort();
    }

    /** The path of the dataset's service, {@code /kg}. */
    public String datasetPath() {
        return datasetPath;
    }

    /** Builds a {@link StdkgServer}. */
    public static final class Builder {
        private StoreConfiguration configuration;
        private int port = 3030;
        private boolean allowUpdate;
        private String baseUri = org.stdkg.rdf.Iris.DEFAULT_BASE;
        private QueryCatalogue queries;
        private long maxBodyBytes = StdkgConfig.DEFAULT_MAX_BODY_BYTES;
        private int maxRows = StdkgConfig.DEFAULT_MAX_ROWS;
        private Duration shutdownTimeout = StdkgConfig.DEFAULT_SHUTDOWN_TIMEOUT;
        private int maxConcurrent = RequestLimit.defaultConcurrency();
        private final List<Consumer<RequestLogLine>> requestListeners = new ArrayList<>();

        private Builder() {
        }

        /** Port, base URI and the server limits (body size, rows, shutdown timeout) of a configuration. */
        public Builder settings(StdkgConfig config) {
            return port(config.port()).baseUri(config.baseUri()).maxBodyBytes(config.maxBodyBytes()).maxRows(config.maxRows())
                    .shutdownTimeout(config.shutdownTimeout());
        }

        /** Request bodies larger than this are refused with 413 Content Too Large. */
        public Builder maxBodyBytes(long maxBodyBytes) {
            if (maxBodyBytes < 1) {
                throw new IllegalArgumentException("maxBodyBytes must be at least 1: " + maxBodyBytes);
            }
            this.maxBodyBytes = maxBodyBytes;
            return this;
        }

        /** A canned query at {@code /queries/{name}} returns at most this many rows. */
        public Builder maxRows(int maxRows) {
            if (maxRows < 1) {
                throw new IllegalArgumentException("maxRows must be at least 1: " + maxRows);
            }
            this.maxRows = maxRows;
            return this;
        }

        /** Requests worked on at once; the others wait their turn ({@link RequestLimit}). */
        public Builder maxConcurrentRequests(int maxConcurrent) {
            if (maxConcurrent < 1) {
                throw new IllegalArgumentException("maxConcurrent must be at least 1: " + maxConcurrent);
            }
            this.maxConcurrent = maxConcurrent;
            return this;
        }

        /** How long {@link StdkgServer#stop} waits for the requests in flight. */
        public Builder shutdownTimeout(Duration shutdownTimeout) {
            this.shutdownTimeout = Objects.requireNonNull(shutdownTimeout, "shutdownTimeout");
            return this;
        }

        /** Also hands every request's log line to this listener (after the logger has it). */
        public Builder requestListener(Consumer<RequestLogLine> listener) {
            requestListeners.add(Objects.requireNonNull(listener, "listener"));
            return this;
        }

        public Builder configuration(StoreConfiguration configuration) {
            this.configuration = configuration;
            return this;
        }

        /** The HTTP port; 0 picks a free one. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** The base of the entity IRIs in the database: request paths map to IRIs under it. */
        public Builder baseUri(String baseUri) {
            this.baseUri = org.stdkg.rdf.Iris.of(baseUri).base();
            return this;
        }

        /** Adds SPARQL update and upload, and listens on localhost only. */
        public Builder allowUpdate(boolean allowUpdate) {
            this.allowUpdate = allowUpdate;
            return this;
        }

        /** The canned queries served at {@code /queries} (default: the bundled catalogue). */
        public Builder queryCatalogue(QueryCatalogue queries) {
            this.queries = queries;
            return this;
        }

        public StdkgServer build() {
            Objects.requireNonNull(configuration, "configuration");
            Model model = configuration.model();
            String name = configuration.serviceName();
            String datasetPath = DataAccessPoint.canonical(name);
            if (allowUpdate) {
                addUpdateEndpoints(model);
            }
            // The admin module keeps its work area in FUSEKI_BASE (an environment variable or, for
            // Jena, a system property): inside the database, not in the current directory.
            if (System.getenv("FUSEKI_BASE") == null && System.getProperty("FUSEKI_BASE") == null) {
                System.setProperty("FUSEKI_BASE", configuration.database().resolve("fuseki").toString());
            }
            // The linked-data servlets are made before the server assembles the dataset: they find it through this holder.
            java.util.concurrent.atomic.AtomicReference<org.stdkg.linkeddata.EntityDescriber> describer =
                    new java.util.concurrent.atomic.AtomicReference<>();
            // The bundled catalogue is read on first use (QueryCatalogue.bundled() is lazy), not before the server starts.
            QueryCatalogue given = queries;
            Supplier<QueryCatalogue> catalogue = given == null ? QueryCatalogue::bundled : () -> given;
            java.time.Instant started = java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
            FusekiServer fuseki = FusekiServer.create()
                    .port(port)
                    .loopback(allowUpdate)
                    .fusekiModules(FusekiModules.create(new FMod_Admin(), new FMod_UI()))
                    .parseConfig(model)
                    .enablePing(true)
                    .enableMetrics(true)
                    .enableCors(true, null)
                    .addFilter("/*", new RequestLimit(maxConcurrent, java.time.Duration.ofSeconds(60)))
                    .addFilter("/$/*", new AdminGuard(allowUpdate))
                    .addServlet("/sparql", new SparqlAlias(datasetPath + "/sparql"))
                    .addServlet("/id/*", new LinkedDataServlet(LinkedDataServlet.Area.ID, describer::get, baseUri, started))
                    .addServlet("/data/*", new LinkedDataServlet(LinkedDataServlet.Area.DATA, describer::get, baseUri, started))
                    .addServlet("/page/*", new LinkedDataServlet(LinkedDataServlet.Area.PAGE, describer::get, baseUri, started))
                    .addServlet("/home", new HomePage(() -> describer.get().dataset(), baseUri, catalogue))
                    .addServlet("/.well-known/void", new DatasetServlets.Void(() -> store(describer.get().dataset(), configuration), baseUri))
                    .addServlet("/dump", new DatasetServlets.Dump(() -> store(describer.get().dataset(), configuration)))
                    .addServlet("/ontology", new DatasetServlets.Ontology())
                    .addServlet("/context.jsonld", new DatasetServlets.Context(baseUri))
                    .addServlet("", new HomePage(() -> describer.get().dataset(), baseUri, catalogue))
                    // Canned queries and entity search, cut at the same timeout as /sparql.
                    .addServlet("/queries/*", new QueriesServlet(catalogue, datasetPath,
                            configuration.queryTimeout(), baseUri, maxRows))
                    .addServlet("/search", new SearchServlet(datasetPath, configuration.queryTimeout(), baseUri))
                    .addServlet("/health", new HealthServlet(() -> describer.get().dataset(), datasetPath))
                    .build();
            harden(fuseki.getJettyServer());
            StdkgServer server = new StdkgServer(fuseki, datasetPath, configuration, catalogue);
            describer.set(new org.stdkg.linkeddata.EntityDescriber(server.dataset(), baseUri));
            return server;
        }

        /**
         * Wraps Fuseki's servlet context in the graceful-stop and size-limit handlers and adds the
         * request log: what Fuseki main's builder does not offer, done on the Jetty server it built.
         */
        private void harden(Server jetty) {
            Handler context = jetty.getHandler();
            if (context instanceof ServletContextHandler servlets) {
                // The UI's static files stay served, but no directory of them is listed (/static/).
                servlets.setInitParameter(DefaultServlet.CONTEXT_INIT + "dirAllowed", "false");
            }
            RequestSizeHandler sizes = new RequestSizeHandler(maxBodyBytes);
            GracefulHandler graceful = new GracefulHandler();
            NoSniff noSniff = new NoSniff();
            jetty.setHandler(graceful);
            graceful.setHandler(noSniff);
            noSniff.setHandler(sizes);
            sizes.setHandler(context);
            jetty.setStopTimeout(shutdownTimeout.toMillis());
            jetty.setRequestLog(new RequestLogger(requestListeners));
        }

        /**
         * {@code X-Content-Type-Options: nosniff} on every response: a 404 that names the path, or a
         * SPARQL parse error that quotes the query, is text/plain and stays text in every browser.
         */
        private static final class NoSniff extends Handler.Wrapper {
            @Override
            public boolean handle(org.eclipse.jetty.server.Request request, org.eclipse.jetty.server.Response response,
                    org.eclipse.jetty.util.Callback callback) throws Exception {
                response.getHeaders().put("X-Content-Type-Options", "nosniff");
                return super.handle(request, response, callback);
            }
        }

        private static org.stdkg.store.GraphStore store(Dataset dataset, StoreConfiguration configuration) {
            return org.stdkg.store.GraphStore.wrap(dataset, configuration);
        }

        private static void addUpdateEndpoints(Model model) {
            Resource service = model.listResourcesWithProperty(RDF.type, model.createResource(FUSEKI + "Service")).next();
            Resource update = model.createResource()
                    .addProperty(model.createProperty(FUSEKI, "operation"), model.createResource(FUSEKI + "update"))
                    .addProperty(model.createProperty(FUSEKI, "name"), "update");
            Resource gsp = model.createResource()
                    .addProperty(model.createProperty(FUSEKI, "operation"), model.createResource(FUSEKI + "gsp-rw"))
                    .addProperty(model.createProperty(FUSEKI, "name"), "data");
            service.addProperty(model.createProperty(FUSEKI, "endpoint"), update);
            service.addProperty(model.createProperty(FUSEKI, "endpoint"), gsp);
        }
    }
}
