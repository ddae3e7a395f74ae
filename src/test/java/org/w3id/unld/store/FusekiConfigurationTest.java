package org.w3id.unld.store;

import org.apache.jena.query.text.assembler.TextVocab;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.tdb2.assembler.VocabTDB2;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FusekiConfigurationTest {
    @TempDir
    Path db;

    @Test
    void theBundledConfigurationIsTheProjectsFusekiConfigFile() throws Exception {
        // The jar's copy comes from fuseki-config/config.ttl by the Maven build; they must not drift apart.
        try (var in = getClass().getClassLoader().getResourceAsStream(FusekiConfiguration.BUNDLED)) {
            assertEquals(Files.readString(Path.of("fuseki-config", "config.ttl")), new String(in.readAllBytes(), "UTF-8"));
        }
    }

    @Test
    void storeLocationsAreMovedIntoTheGivenFolder() {
        FusekiConfiguration config = FusekiConfiguration.load(null, new StoreLocation(db));
        Property location = VocabTDB2.pLocation;
        Property directory = TextVocab.pDirectory;
        RDFNode tdb = config.model().listObjectsOfProperty(location).next();
        RDFNode index = config.model().listObjectsOfProperty(directory).next();
        assertEquals(db.resolve("tdb2").toString(), tdb.asLiteral().getString());
        assertEquals(db.resolve("text-index").toUri().toString(), index.asResource().getURI());
    }

    @Test
    void everyServiceServesTheOneDataset() {
        FusekiConfiguration config = FusekiConfiguration.load(null, new StoreLocation(db));
        assertTrue(config.datasetResource().getURI().endsWith("#dataset"));
    }

    @Test
    void aMissingConfigurationFileIsExplained() {
        var e = assertThrows(StoreUnavailableException.class,
                () -> FusekiConfiguration.load(db.resolve("nope.ttl"), new StoreLocation(db)));
        assertTrue(e.getMessage().contains("--config"), e.getMessage());
    }

    @Test
    void aConfigurationThatIsNotTurtleIsExplained() throws Exception {
        Path bad = db.resolve("bad.ttl");
        Files.writeString(bad, "this is not turtle");
        var e = assertThrows(StoreUnavailableException.class, () -> FusekiConfiguration.load(bad, new StoreLocation(db)));
        assertTrue(e.getMessage().contains("not valid Turtle"), e.getMessage());
    }
}
