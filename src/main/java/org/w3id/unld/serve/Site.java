package org.w3id.unld.serve;

import org.apache.jena.sparql.core.DatasetGraph;

import java.time.Duration;

/** What unld's pages and linked-data servlets share: the store, the IRI base and the helpers built once. */
record Site(DatasetGraph dataset, Addresses addresses, Describer describer, Vocabulary vocabulary, RdfOutput rdf,
            Search search, Statistics statistics, ExampleQueries examples, Browse browse, DescriptionCache descriptions) {

    /** @param descriptions the rendered descriptions of {@code /doc/…}, kept for the data version */
    static Site create(DatasetGraph dataset, String base, Duration queryTimeout, DescriptionCache descriptions) {
        Addresses addresses = new Addresses(base);
        Vocabulary vocabulary = Vocabulary.load();
        return new Site(dataset, addresses, new Describer(dataset, addresses), vocabulary, new RdfOutput(base),
                new Search(dataset, queryTimeout), new Statistics(dataset, queryTimeout), ExampleQueries.load(),
                new Browse(dataset, addresses, vocabulary, queryTimeout), descriptions);
    }
}
