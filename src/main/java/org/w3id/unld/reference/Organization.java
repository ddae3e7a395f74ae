package org.w3id.unld.reference;

import java.util.List;
import java.util.Set;

/**
 * A UN organ, subsidiary body, fund, programme, specialized agency or office (or another organization
 * that UN documents name often), with its Wikidata id.
 *
 * @param slug     the key of its IRI ("general-assembly", "unesco")
 * @param name     English name as the UN writes it ("General Assembly", "United Nations Educational, Scientific and Cultural Organization")
 * @param aliases  further names and acronyms that denote it and nothing else ("UNESCO")
 * @param wikidata Wikidata id ("Q7809"), or null
 * @param principalOrgan true for the six principal organs of the United Nations
 * @param category what kind of body it is, as organizations.tsv says ("principal-organ", "subsidiary-body",
 *                 "specialized-agency", "regional-organization", "office", …)
 */
public record Organization(String slug, String name, List<String> aliases, String wikidata, boolean principalOrgan,
                           String category) {

    /**
     * Categories of organs of the United Nations: the principal organs and the subsidiary organs that
     * documents are issued under (the Human Rights Council, the Main Committees, the regional commissions).
     * Funds, programmes, specialized agencies, departments, missions and other organizations are not.
     */
    private static final Set<String> ORGAN_CATEGORIES = Set.of("principal-organ", "subsidiary-body", "main-committee",
            "regional-commission");

    /** Whether it is an organ of the United Nations (principal or subsidiary), rather than another organization. */
    public boolean isOrgan() {
        return principalOrgan || ORGAN_CATEGORIES.contains(category);
    }

    /** Whether it is an office held by one person (the Secretary-General), i.e. a post rather than a body. */
    public boolean isOffice() {
        return "office".equals(category);
    }
}
