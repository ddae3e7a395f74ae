package org.w3id.unld.cli;

import org.w3id.unld.store.DocumentStore;
import org.w3id.unld.store.StoreStatistics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

@Command(name = "stats", mixinStandardHelpOptions = true,
        description = {"Counts what the store holds: documents by kind, documents citing other documents, distinct cited "
                + "symbols, countries and their links, events, persons, places, and the links of each linkset "
                + "(Wikidata, GeoNames, UNBIS, undocs.org)."})
final class StatsCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Option(names = "--queries", description = "Also print the SPARQL query behind each figure")
    boolean queries;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (DocumentStore documents = DocumentStore.open(store.configuration())) {
            StoreStatistics.of(documents.dataset()).lines().forEach(out::println);
        }
        if (queries) {
            out.println();
            out.print(StoreStatistics.PREFIXES);
            StoreStatistics.QUERIES.forEach((figure, query) -> {
                out.println();
                out.println("# " + figure);
                out.println(query.strip());
            });
        }
        out.flush();
        return 0;
    }
}
