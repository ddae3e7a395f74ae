package org.w3id.unld.map;

/** One concern of the mapping (the document itself, its agenda, its agents, …): facts of the model to triples. */
interface FactMapper {
    void map(MappingContext context, Triples out);
}
