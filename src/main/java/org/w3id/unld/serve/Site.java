package org.w3id.unld.serve;

import org.apache.jena.sparql.core.DatasetGraph;

import java.time.Duration;

/** What unld's pages and linked-data servlets share: the store, the IRI base and the helpers built once. */
record Site(DatasetGraph dataset, Addresses addresses, Describer describer, Vocabulary vocabulary, RdfOutput rdf,
            Search search, Statistics statistics, ExampleQueries examples, Browse browse) {

    static Site create(DatasetGraph dataset, String base, Duration queryTimeout) {
        Addresses addresses = new Addresses(base);
        Vocabulary vocabulary = Vocabulary.load();
        return new Site(dataset, addresses, new Describer(dataset, addresses), vocabulary, new RdfOutput(base),
                new Search(dataset, queryTimeout), new Statistics(dataset, queryTimeout), ExampleQueries.load(),
                new Browse(dataset, addresses, vocabulary, queryTimeout));
    }
}
