package org.w3id.unld.model;

import java.util.Locale;

/**
 * A document that one of this document's symbols says it revises, adds to or corrects: A/80/L.10/Rev.1 is a
 * revision of A/80/L.10, S/1996/502/Add.1 an addendum to S/1996/502, A/520/Rev.9/Corr.1 a corrigendum to A/520/Rev.9.
 *
 * @param symbol the symbol of the document revised, added to or corrected: this document's symbol without its last element
 */
public record RelatedDocument(Relation relation, String symbol) {

    public enum Relation {
        REVISION_OF, ADDENDUM_TO, CORRIGENDUM_TO;

        /** As the JSON writes it: "revision-of", "addendum-to", "corrigendum-to". */
        public String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }
}
