package org.w3id.unld.serve;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.w3id.unld.map.MappedDocument;

import java.util.ArrayList;
import java.util.List;

/**
 * Small hand-made document graphs that follow unld's IRI patterns: a letter with two symbols modelled on the
 * reference document, a document whose title holds a script, a meeting record whose symbol holds spaces and
 * parentheses, and many short documents under one agenda item (for paging).
 */
final class Fixture {
    static final String LETTER = "id/document/A/79/704";
    static final String LETTER_SECOND_SYMBOL = "S/2024/950";
    static final String HOSTILE = "id/document/A/79/999";
    static final String HOSTILE_TITLE = "<script>alert(1)</script>";
    static final String MEETING_PATH = "id/document/S/PV.8699%20%28Resumption%201%29";
    static final String AGENDA_ITEM = "id/agenda-item/general-assembly/79/71";
    static final String COUNTRY = "id/country/aze";
    static final int FILLER_DOCUMENTS = 120;

    private Fixture() {
    }

    static List<MappedDocument> documents(String base) {
        List<MappedDocument> docs = new ArrayList<>();
        docs.add(document(base, "A/79/704", """
                <{doc}> a unld:Document, unld:Letter ;
                    unld:symbol "A/79/704", "S/2024/950" ;
                    dcterms:title "Letter dated 27 December 2024 from the Permanent Representative of Azerbaijan to the United Nations addressed to the Secretary-General"@en ;
                    rdfs:label "A/79/704"@en ;
                    dcterms:date "2024-12-27"^^xsd:date ;
                    unld:distribution "General" ;
                    unld:organ <{base}id/organ/general-assembly>, <{base}id/organ/security-council> ;
                    unld:session <{base}id/session/general-assembly/79> ;
                    unld:agendaItem <{base}id/agenda-item/general-assembly/79/32>, <{base}{item}> ;
                    unld:sender <{base}id/post/permanent-representative-of-azerbaijan> ;
                    unld:addressee <{base}id/post/secretary-general> ;
                    unld:signatory <{base}id/person/tofiq-musayev> ;
                    unld:signature <{doc}#signature-1> ;
                    unld:annex <{doc}/annex/1> ;
                    unld:refersTo <{base}id/event/second-international-conference-on-the-right-to-return-2024>, <{base}id/document/A/79/1> ;
                    unld:mentions <{base}{country}> ;
                    rdfs:seeAlso <https://undocs.org/A/79/704> ;
                    unld:fullText "I have the honour to transmit herewith the address by the President of the Republic of Azerbaijan to the participants in the Second International Conference on “The Right to Return: Advancing Justice for Azerbaijanis Expelled from Armenia”, held on 5 and 6 December 2024 in Baku." .
                <{doc}#signature-1> a unld:Signature ; unld:rank "Ambassador" ;
                    unld:post <{base}id/post/permanent-representative-of-azerbaijan> .
                <{doc}/annex/1> a unld:Annex ; rdfs:label "Annex to the letter dated 27 December 2024"@en ;
                    dcterms:title "Annex to the letter dated 27 December 2024 from the Permanent Representative of Azerbaijan to the United Nations addressed to the Secretary-General"@en .
                <{base}id/organ/general-assembly> a unld:Organ ; rdfs:label "General Assembly"@en ;
                    owl:sameAs <http://www.wikidata.org/entity/Q47423> .
                <{base}id/organ/security-council> a unld:Organ ; rdfs:label "Security Council"@en ;
                    owl:sameAs <http://www.wikidata.org/entity/Q37470> .
                <{base}id/session/general-assembly/79> a unld:Session ; rdfs:label "General Assembly, seventy-ninth session"@en ;
                    unld:organ <{base}id/organ/general-assembly> ; unld:sessionNumber 79 .
                <{base}id/agenda-item/general-assembly/79/32> a unld:AgendaItem ; unld:itemNumber "32" ;
                    dcterms:title "Prevention of armed conflict"@en ; rdfs:label "Agenda item 32: Prevention of armed conflict"@en ;
                    unld:session <{base}id/session/general-assembly/79> .
                <{base}{item}> a unld:AgendaItem ; unld:itemNumber "71" ;
                    dcterms:title "Promotion and protection of human rights"@en ; rdfs:label "Agenda item 71: Promotion and protection of human rights"@en ;
                    unld:session <{base}id/session/general-assembly/79> .
                <{base}id/post/permanent-representative-of-azerbaijan> a org:Post ;
                    rdfs:label "Permanent Representative of Azerbaijan to the United Nations"@en ; org:postIn <{base}{country}> .
                <{base}id/post/secretary-general> a org:Post ; rdfs:label "Secretary-General"@en .
                <{base}id/person/tofiq-musayev> a foaf:Person ; foaf:name "Tofiq Musayev" ; rdfs:label "Tofiq Musayev" .
                <{base}{country}> a unld:Country ; rdfs:label "Azerbaijan"@en ; owl:sameAs <http://www.wikidata.org/entity/Q227> .
                <{base}id/event/second-international-conference-on-the-right-to-return-2024> a unld:Event, unld:Conference ;
                    rdfs:label "Second International Conference on “The Right to Return: Advancing Justice for Azerbaijanis Expelled from Armenia”"@en ;
                    schema:startDate "2024-12-05"^^xsd:date ; schema:endDate "2024-12-06"^^xsd:date ;
                    schema:location <{base}id/place/baku> .
                <{base}id/place/baku> a schema:Place ; rdfs:label "Baku"@en .
                <{base}id/document/A/79/1> a unld:Document ; unld:symbol "A/79/1" ; rdfs:label "A/79/1" .
                """));
        docs.add(document(base, "A/79/999", """
                <{doc}> a unld:Document ;
                    unld:symbol "A/79/999" ;
                    dcterms:title "<script>alert(1)</script>" ;
                    rdfs:label "<script>alert(1)</script>" ;
                    dcterms:date "2025-01-02"^^xsd:date ;
                    unld:agendaItem <{base}{item}> ;
                    unld:sender <{base}{country}> .
                <{base}{item}> a unld:AgendaItem ; unld:itemNumber "71" ;
                    dcterms:title "Promotion and protection of human rights"@en ; rdfs:label "Agenda item 71: Promotion and protection of human rights"@en .
                <{base}{country}> a unld:Country ; rdfs:label "Azerbaijan"@en .
                """));
        docs.add(document(base, "S/PV.8699%20%28Resumption%201%29", """
                <{doc}> a unld:Document, unld:MeetingRecord ;
                    unld:symbol "S/PV.8699 (Resumption 1)" ;
                    dcterms:title "Security Council, 8699th meeting (resumption 1)"@en ;
                    rdfs:label "S/PV.8699 (Resumption 1)" ;
                    unld:organ <{base}id/organ/security-council> .
                <{base}id/organ/security-council> a unld:Organ ; rdfs:label "Security Council"@en .
                """));
        for (int i = 1; i <= FILLER_DOCUMENTS; i++) {
            docs.add(document(base, "A/79/L." + i, """
                    <{doc}> a unld:Document ; unld:symbol "A/79/L.{n}" ; dcterms:title "Draft resolution number {n} on human rights"@en ;
                        rdfs:label "A/79/L.{n}" ; unld:agendaItem <{base}{item}> .
                    """.replace("{n}", String.valueOf(i))));
        }
        return docs;
    }

    private static MappedDocument document(String base, String symbolPath, String turtle) {
        String doc = base + "id/document/" + symbolPath;
        String text = """
                PREFIX unld: <https://w3id.org/unld/ontology#>
                PREFIX dcterms: <http://purl.org/dc/terms/>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX owl: <http://www.w3.org/2002/07/owl#>
                PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
                PREFIX foaf: <http://xmlns.com/foaf/0.1/>
                PREFIX org: <http://www.w3.org/ns/org#>
                PREFIX schema: <http://schema.org/>
                """ + turtle.replace("{doc}", doc).replace("{item}", AGENDA_ITEM).replace("{country}", COUNTRY).replace("{base}", base);
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(text, Lang.TURTLE).parse(g);
        Node graph = NodeFactory.createURI(base + "graph/document/" + symbolPath);
        // As the mapper's provenance says: the graph is about the document (what makes it a document unld holds).
        g.add(graph, FOAF.primaryTopic.asNode(), NodeFactory.createURI(doc));
        return new MappedDocument(NodeFactory.createURI(doc), graph, g);
    }
}
