package org.w3id.unld.dump;

import java.util.List;
import java.util.SortedMap;

/**
 * What a dump set counted in the store, in the same read transaction as the files were written from.
 *
 * @param quads            quads in the store (every named graph, and the stored default graph if any)
 * @param triples          distinct triples of the union (a triple in several graphs counts once)
 * @param distinctSubjects distinct subjects of the union
 * @param entities         distinct IRI subjects in the dataset's URI space (the base)
 * @param classes          for each class IRI (object of rdf:type), how many distinct subjects have it
 * @param properties       for each predicate IRI, its triples and distinct subjects in the union
 * @param examples         a few example resources: the first documents in sort order
 * @param linksets         the linkset graphs, by name
 */
public record DatasetFigures(long quads, long triples, long distinctSubjects, long entities,
                             SortedMap<String, Long> classes, SortedMap<String, PropertyFigures> properties,
                             List<String> examples, List<LinksetFigures> linksets) {

    /** @param triples triples of the union with this predicate; @param distinctSubjects their distinct subjects */
    public record PropertyFigures(long triples, long distinctSubjects) {
    }

    /**
     * One linkset graph.
     *
     * @param name       the last segment of the graph name ({@code wikidata}, {@code geonames}, …)
     * @param graph      the graph IRI ({@code {base}graph/linkset/{name}})
     * @param predicates for each predicate found in the graph, its number of triples there
     */
    public record LinksetFigures(String name, String graph, SortedMap<String, Long> predicates) {
        public long triples() {
            return predicates.values().stream().mapToLong(Long::longValue).sum();
        }
    }
}
