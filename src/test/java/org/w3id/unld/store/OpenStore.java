package org.w3id.unld.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** For tests of the store: a fresh store, assembled from config.ttl (TDB2 and its text index) in a temporary folder, for each test. */
abstract class OpenStore {
    @TempDir
    Path db;
    DocumentStore store;

    @BeforeEach
    void open() {
        store = DocumentStore.open(FusekiConfiguration.load(null, new StoreLocation(db)));
    }

    @AfterEach
    void close() {
        store.close();
    }
}
