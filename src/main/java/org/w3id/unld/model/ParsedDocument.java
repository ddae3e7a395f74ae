package org.w3id.unld.model;

import java.util.List;

/**
 * Everything the parse stage knows of one document, handed to the mappers: the source, the extraction
 * ({@code unld extract}'s JSON), and what goes beyond that JSON ({@code unld extract --graph-facts}).
 *
 * @param signatories      every "(Signed)" block in order (identical letters and joint letters have several)
 * @param citations        documents cited in the text
 * @param mentions         countries, organizations and places named in the text
 * @param relatedDocuments the documents its symbols say it revises, adds to or corrects
 * @param evidence         where the text as read says each value of the extraction and each signatory
 */
public record ParsedDocument(
        SourceText source,
        Extraction extraction,
        List<Agent> signatories,
        List<Citation> citations,
        List<Mention> mentions,
        List<RelatedDocument> relatedDocuments,
        Evidence evidence) {

    public ParsedDocument {
        signatories = List.copyOf(signatories);
        citations = List.copyOf(citations);
        mentions = List.copyOf(mentions);
        relatedDocuments = List.copyOf(relatedDocuments);
        evidence = evidence == null ? Evidence.NONE : evidence;
    }

    /** A document whose values are not located in its text (one read back from an extraction's JSON). */
    public ParsedDocument(SourceText source, Extraction extraction, List<Agent> signatories, List<Citation> citations,
                          List<Mention> mentions, List<RelatedDocument> relatedDocuments) {
        this(source, extraction, signatories, citations, mentions, relatedDocuments, Evidence.NONE);
    }
}
