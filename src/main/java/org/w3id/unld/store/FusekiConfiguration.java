package org.w3id.unld.store;

import org.apache.jena.fuseki.server.FusekiVocab;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.text.assembler.TextVocab;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.tdb2.assembler.VocabTDB2;
import org.apache.jena.vocabulary.RDF;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * fuseki-config/config.ttl, pointed at one store folder. The file is the single source of truth for
 * the dataset (TDB2 + full-text index), the endpoints and the timeouts; ingest and serve both assemble
 * the dataset from it, so what ingest indexes is what the server searches.
 */
public final class FusekiConfiguration {
    /** The copy of fuseki-config/config.ttl inside the jar. */
    public static final String BUNDLED = "unld/fuseki-config/config.ttl";

    static {
        // Jena first: VocabTDB2 and TextVocab initialised before Jena would register themselves half-made.
        JenaSystem.init();
    }

    private static final Property TDB2_LOCATION = VocabTDB2.pLocation;
    private static final Property TEXT_DIRECTORY = TextVocab.pDirectory;
    private static final Property FUSEKI_DATASET = FusekiVocab.pDataset;

    private final Model model;
    private final StoreLocation location;

    private FusekiConfiguration(Model model, StoreLocation location) {
        this.model = model;
        this.location = location;
    }

    /** The bundled configuration (or the file given), with its store locations moved into {@code location}. */
    public static FusekiConfiguration load(Path configFile, StoreLocation location) {
        Model model = ModelFactory.createDefaultModel();
        try (InputStream in = configFile == null ? bundled() : Files.newInputStream(configFile)) {
            RDFParser.source(in).lang(Lang.TURTLE)
                    .base(configFile == null ? "file:///unld/fuseki-config/config.ttl" : configFile.toUri().toString())
                    .errorHandler(ErrorHandlerFactory.errorHandlerNoLogging)
                    .parse(model);
        } catch (IOException e) {
            throw new StoreUnavailableException("cannot read the Fuseki configuration " + configFile + ": " + e.getMessage()
                    + " (give an existing file with --config, or leave --config out to use the bundled one)");
        } catch (RiotException e) {
            throw new StoreUnavailableException("the Fuseki configuration " + (configFile == null ? BUNDLED : configFile)
                    + " is not valid Turtle: " + e.getMessage());
        }
        relocate(model, location);
        return new FusekiConfiguration(model, location);
    }

    private static InputStream bundled() throws IOException {
        InputStream in = FusekiConfiguration.class.getClassLoader().getResourceAsStream(BUNDLED);
        if (in == null) {
            throw new IOException("the jar has no " + BUNDLED);
        }
        return in;
    }

    private static void relocate(Model model, StoreLocation location) {
        for (Resource tdb : model.listSubjectsWithProperty(TDB2_LOCATION).toList()) {
            tdb.removeAll(TDB2_LOCATION).addProperty(TDB2_LOCATION, location.tdb2().toString());
        }
        for (Resource index : model.listSubjectsWithProperty(TEXT_DIRECTORY).toList()) {
            index.removeAll(TEXT_DIRECTORY).addProperty(TEXT_DIRECTORY, model.createResource(location.textIndex().toUri().toString()));
        }
    }

    /** The configuration as RDF, ready for {@code FusekiServer.create().parseConfig(model)}. */
    public Model model() {
        return model;
    }

    public StoreLocation location() {
        return location;
    }

    /** The dataset that the services of the configuration serve (they must all serve the same one). */
    public Resource datasetResource() {
        List<Resource> datasets = model.listObjectsOfProperty(FUSEKI_DATASET)
                .filterKeep(n -> n.isResource()).mapWith(n -> n.asResource()).toSet().stream().toList();
        if (datasets.size() != 1) {
            throw new StoreUnavailableException("the Fuseki configuration must give every service the same fuseki:dataset; it names "
                    + datasets.size());
        }
        return datasets.get(0);
    }

    /** Opens the configured dataset (TDB2 and text index) in this process. */
    public DatasetGraph assembleDataset() {
        try {
            Files.createDirectories(location.folder());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            Dataset ds = DatasetFactory.assemble(datasetResource());
            return ds.asDatasetGraph();
        } catch (RuntimeException e) {
            throw StoreErrors.explain(location, e);
        }
    }

    static boolean isService(Resource r) {
        return r.hasProperty(RDF.type, FusekiVocab.fusekiService);
    }
}
