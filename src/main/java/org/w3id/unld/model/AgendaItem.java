package org.w3id.unld.model;

/**
 * An agenda item under which a document is issued.
 *
 * @param number as printed without spaces: "71", "71(c)"
 * @param title  joined across lines, or null when the masthead prints none
 */
public record AgendaItem(String organ, Integer session, String number, String title) {
}
