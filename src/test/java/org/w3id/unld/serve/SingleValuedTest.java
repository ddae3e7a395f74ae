package org.w3id.unld.serve;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.w3id.unld.vocab.Schema;
import org.w3id.unld.vocab.Unld;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a document states once of a resource, as the shipped shapes bound it with sh:maxCount 1. */
class SingleValuedTest {
    static final SingleValued SHAPES = SingleValued.standard();

    @Test
    void anEventHasOneStartDateEndDatePlaceAndLabelInADocument() {
        for (Node p : List.of(Schema.startDate, Schema.endDate, Schema.location, RDFS.Nodes.label)) {
            assertTrue(SHAPES.of(List.of(Unld.Event), p), p::toString);
        }
    }

    @Test
    void aPersonHasOneNameAndAnAgendaItemOneTitle() {
        assertTrue(SHAPES.of(List.of(FOAF.Person.asNode()), FOAF.name.asNode()));
        assertTrue(SHAPES.of(List.of(Unld.AgendaItem), DCTerms.title.asNode()));
    }

    @Test
    void aResourceMayHaveSeveralTypesAndADocumentMayHaveSeveralSymbols() {
        assertFalse(SHAPES.of(List.of(Unld.Event, Unld.Conference), RDF.Nodes.type));
        assertFalse(SHAPES.of(List.of(Unld.Document), Unld.symbol));
    }

    @Test
    void aPropertyIsSingleValuedForTheClassesWhoseShapesSaySo() {
        assertTrue(SHAPES.of(List.of(Unld.Document, Unld.Event), Schema.location), "the event's shape bounds its place");
        assertFalse(SHAPES.of(List.of(Unld.Document), Schema.location));
        assertFalse(SHAPES.of(List.of(), Schema.location));
    }
}
