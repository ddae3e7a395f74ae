package org.w3id.unld.cli;

import org.w3id.unld.store.FusekiConfiguration;
import org.w3id.unld.store.StoreLocation;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;

/** The options that say which store to use: {@code --db} and {@code --config}. */
final class StoreOptions {
    @Option(names = "--db", paramLabel = "DIR", defaultValue = "unld-data",
            description = "Store folder (TDB2 database, text index, dumps). Default: ${DEFAULT-VALUE}")
    Path db;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Fuseki configuration (default: the bundled copy of fuseki-config/config.ttl). "
                    + "Its TDB2 and text index locations are moved into --db.")
    Path config;

    /** Fails with a usage error unless every path names an existing file or folder. */
    static void requireExisting(java.util.List<Path> paths) {
        for (Path p : paths) {
            if (!Files.exists(p)) {
                throw new UserError("no file or folder " + p);
            }
        }
    }

    FusekiConfiguration configuration() {
        if (config != null && !Files.isRegularFile(config)) {
            throw new UserError("no configuration file " + config + " (give an existing file, or leave --config out)");
        }
        if (Files.exists(db) && !Files.isDirectory(db)) {
            throw new UserError("--db " + db + " is a file; give a folder (it is created when missing)");
        }
        return FusekiConfiguration.load(config, new StoreLocation(db));
    }
}
