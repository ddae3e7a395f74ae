package org.w3id.unld.reference;

import java.util.List;

/**
 * A UN organ, subsidiary body, fund, programme, specialized agency or office (or another organization
 * that UN documents name often), with its Wikidata id.
 *
 * @param slug     the key of its IRI ("general-assembly", "unesco")
 * @param name     English name as the UN writes it ("General Assembly", "United Nations Educational, Scientific and Cultural Organization")
 * @param aliases  further names and acronyms that denote it and nothing else ("UNESCO")
 * @param wikidata Wikidata id ("Q7809"), or null
 * @param principalOrgan true for the six principal organs of the United Nations
 */
public record Organization(String slug, String name, List<String> aliases, String wikidata, boolean principalOrgan) {
}
