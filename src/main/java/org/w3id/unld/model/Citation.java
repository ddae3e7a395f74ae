package org.w3id.unld.model;

/**
 * A UN document that the text cites ("document A/67/742-S/2013/95", "resolution 186 (1964)"), as its
 * canonical symbol.
 *
 * @param line the 1-based line of the cleaned text where it is cited
 */
public record Citation(String symbol, int line) {
}
