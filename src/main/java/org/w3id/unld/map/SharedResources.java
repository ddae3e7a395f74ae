package org.w3id.unld.map;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.unld.model.Session;
import org.w3id.unld.reference.Country;
import org.w3id.unld.reference.Gazetteer;
import org.w3id.unld.reference.Organization;
import org.w3id.unld.reference.UnBodies;
import org.w3id.unld.reference.UnBody;
import org.w3id.unld.reference.UnLanguages;
import org.w3id.unld.vocab.Schema;
import org.w3id.unld.vocab.Unld;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Describes the resources that several documents share (organs, sessions, countries, persons, posts,
 * roles, places, languages) inside the graph of the document that uses them: type, label and key
 * properties. Every document graph carries its own copy, so that removing one document leaves the
 * descriptions in the others intact. Each method returns the resource's IRI.
 */
final class SharedResources {
    private static final Pattern OF = Pattern.compile(" of ");
    /** "St", "Ste" as a place name's first word: Saint, Sainte. */
    private static final Pattern SAINT = Pattern.compile("^st(e?)-");
    private static final Map<String, String> LANGUAGE_CODES = Map.of(
            "arabic", "ar", "chinese", "zh", "english", "en", "french", "fr", "russian", "ru", "spanish", "es");
    private static final Map<String, String> LANGUAGE_NAMES = Map.of(
            "ar", "Arabic", "zh", "Chinese", "en", "English", "fr", "French", "ru", "Russian", "es", "Spanish");

    private final Iris iris;
    private final Gazetteer gazetteer;
    private final Triples out;

    SharedResources(Iris iris, Gazetteer gazetteer, Triples out) {
        this.iris = iris;
        this.gazetteer = gazetteer;
        this.out = out;
    }

    /** The slug of an organ or organization: the gazetteer's, else made from the name as printed. */
    String organSlug(String name) {
        return gazetteer.organization(name).map(Organization::slug).orElseGet(() -> Iris.slug(name));
    }

    /**
     * A body named in a masthead: the gazetteer's organ or organization when it knows the name, else an
     * organ of its own (a masthead names the body a document is issued under).
     */
    Node organ(String name) {
        Optional<Organization> known = gazetteer.organization(name);
        if (known.isPresent() && !known.get().isOffice()) {
            return organization(known.get());
        }
        Node organ = iris.organ(Iris.slug(name));
        out.type(organ, Unld.Organ);
        describeOrganization(organ, name.strip());
        UnBodies.standard().byName(name).filter(body -> body.isNamed(name)).ifPresent(body -> namesInLanguages(organ, body));
        return organ;
    }

    /**
     * An organization of the gazetteer: an organ of the United Nations is a unld:Organ under id/organ/;
     * any other organization (a specialized agency, a fund, a regional organization) an org:Organization
     * under id/organization/; an office held by one person (the Secretary-General) is that post.
     */
    Node organization(Organization o) {
        if (o.isOffice()) {
            return office(o);
        }
        Node node = o.isOrgan() ? iris.organ(o.slug()) : iris.organization(o.slug());
        out.type(node, o.isOrgan() ? Unld.Organ : ORG.Organization.asNode());
        describeOrganization(node, o.name());
        UnBodies.standard().byKey(o.slug()).ifPresent(body -> namesInLanguages(node, body));
        return node;
    }

    /**
     * The post of an office: labelled, and keyed, by its shortest usual name ("Secretary-General", the
     * office's first alias), so that "the Secretary-General" and "the Secretary-General of the United
     * Nations" are one post.
     */
    private Node office(Organization o) {
        String name = o.aliases().isEmpty() ? o.name() : o.aliases().get(0);
        return post(name, name, null);
    }

    private void describeOrganization(Node node, String name) {
        out.labelOnce(node, name);
        out.textOnce(node, FOAF.name.asNode(), name);
    }

    /**
     * A UN body's names in the official languages the table of UN bodies gives (skos:prefLabel, one per language
     * tag), for pages in the reader's language; rdfs:label stays the one English name unld reports.
     */
    private void namesInLanguages(Node node, UnBody body) {
        for (String language : UnLanguages.CODES) {
            out.inLanguage(node, SKOS.prefLabel.asNode(), body.name(language), language);
        }
    }

    /** A session of an organ; a resumed session is the regular one. */
    Node session(String organName, int number, String kind) {
        Node organ = organ(organName);
        String organSlug = organSlug(organName);
        Node session = iris.session(organSlug, number, kind);
        out.type(session, Unld.Session);
        out.label(session, sessionLabel(organName, number, kind));
        out.add(session, Unld.organ, organ);
        out.integer(session, Unld.sessionNumber, number);
        return session;
    }

    /** "General Assembly, 79th session", "Security Council, 79th year", "General Assembly, 10th emergency special session". */
    String sessionLabel(String organName, int number, String kind) {
        String organLabel = gazetteer.organization(organName).map(Organization::name).orElse(organName.strip());
        String what;
        if (Session.SPECIAL.equals(kind)) {
            what = "special session";
        } else if (Session.EMERGENCY_SPECIAL.equals(kind)) {
            what = "emergency special session";
        } else {
            // The Security Council numbers years, not sessions ("Seventy-ninth year").
            what = UnBodies.standard().byName(organName).filter(b -> b.sessions() == UnBody.SessionNumbering.YEARS).isPresent()
                    ? "year" : "session";
        }
        return organLabel + ", " + ordinal(number) + " " + what;
    }

    static String ordinal(int n) {
        int lastTwo = n % 100;
        String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th"
                : switch (n % 10) {
                    case 1 -> "st";
                    case 2 -> "nd";
                    case 3 -> "rd";
                    default -> "th";
                };
        return n + suffix;
    }

    Optional<Country> findCountry(String name) {
        return name == null || name.isBlank() ? Optional.empty() : gazetteer.country(name.strip());
    }

    /** A country of the gazetteer, with its M49 code; its links to other datasets are in the linkset graphs. */
    Node country(Country c) {
        Node country = iris.country(c.iso3());
        out.type(country, Unld.Country);
        out.label(country, c.shortName());
        out.text(country, FOAF.name.asNode(), c.shortName());
        out.text(country, Unld.m49Code, c.m49());
        // Its UNTERM names in the six official languages, one skos:prefLabel per language tag.
        for (String language : UnLanguages.CODES) {
            out.inLanguage(country, SKOS.prefLabel.asNode(), c.shortName(language), language);
        }
        return country;
    }

    /** A country by ISO 3166 alpha-3 code; labelled as printed when the gazetteer does not know the code. */
    Node countryByIso3(String iso3, String asPrinted) {
        Optional<Country> known = gazetteer.countryByIso3(iso3.toUpperCase(Locale.ROOT));
        if (known.isPresent()) {
            return country(known.get());
        }
        Node country = iris.country(iso3);
        out.type(country, Unld.Country);
        out.labelOnce(country, asPrinted);
        out.textOnce(country, FOAF.name.asNode(), asPrinted);
        return country;
    }

    /** An organization by the slug of its IRI; labelled as printed when the gazetteer does not know it. */
    Node organizationBySlug(String slug, String asPrinted) {
        Optional<Organization> known = gazetteer.organizationBySlug(slug);
        if (known.isPresent()) {
            return organization(known.get());
        }
        Node node = iris.organization(slug);
        out.type(node, ORG.Organization.asNode());
        describeOrganization(node, asPrinted);
        return node;
    }

    /**
     * A State or other agent named as printed (a sponsor, a sender without post): the country when the
     * gazetteer knows the name, else the organization, else an agent of its own.
     */
    Node agentNamed(String name) {
        Optional<Country> country = findCountry(name);
        if (country.isPresent()) {
            return country(country.get());
        }
        Optional<Organization> organization = gazetteer.organization(name.strip());
        if (organization.isPresent()) {
            return organization(organization.get());
        }
        Node agent = iris.agent(name);
        out.type(agent, FOAF.Agent.asNode());
        out.labelOnce(agent, name);
        out.textOnce(agent, FOAF.name.asNode(), name);
        return agent;
    }

    /**
     * A person, keyed by name alone (see ontology/README.md for why). Two spellings with one key
     * ("Tofiq Musayev", "TOFIQ MUSAYEV") are one person, named as first printed.
     */
    Node person(String name) {
        Node person = iris.person(name);
        out.type(person, FOAF.Person.asNode());
        out.labelOnce(person, name);
        out.textOnce(person, FOAF.name.asNode(), name);
        return person;
    }

    /**
     * The post of an agent as a signature block or a title prints it: role and country ("Permanent
     * Representative" of "Azerbaijan"), or a role alone that may name its organ or country
     * ("President of the Security Council", "Secretary-General").
     */
    Optional<Node> post(String role, String countryName) {
        if (role == null || role.isBlank()) {
            return Optional.empty();
        }
        String r = role.strip();
        if (countryName == null || countryName.isBlank()
                || r.toLowerCase(Locale.ROOT).endsWith(" of " + countryName.strip().toLowerCase(Locale.ROOT))) {
            return Optional.of(post(r));
        }
        Optional<Country> country = findCountry(countryName);
        String name = country.map(Country::shortName).orElse(countryName.strip());
        return Optional.of(post(r, r + " of " + name, country.map(this::country).orElse(null)));
    }

    /**
     * A post from one printed phrase. When a tail after " of " is a country or organization the gazetteer
     * knows, the head is the role and the post is in that country (labelled with its short name, so that
     * "President of the Republic of Azerbaijan" and "President of Azerbaijan" are one post) or
     * organization; otherwise the whole phrase is the role.
     */
    Node post(String printed) {
        String phrase = printed.strip();
        Optional<Organization> office = gazetteer.organization(phrase).filter(Organization::isOffice);
        if (office.isPresent()) {
            return office(office.get());
        }
        Matcher of = OF.matcher(phrase);
        while (of.find()) {
            String head = phrase.substring(0, of.start()).strip();
            String tail = phrase.substring(of.end()).strip();
            Optional<Country> country = findCountry(tail);
            if (country.isPresent()) {
                return post(head, head + " of " + country.get().shortName(), country(country.get()));
            }
            Optional<Organization> organization = gazetteer.organization(tail);
            if (organization.isPresent()) {
                return post(head, phrase, organization(organization.get()));
            }
        }
        return post(phrase, phrase, null);
    }

    private Node post(String role, String label, Node postIn) {
        Node post = iris.post(label);
        out.type(post, ORG.Post.asNode());
        out.labelOnce(post, label);
        Node roleNode = iris.role(role);
        out.type(roleNode, ORG.Role.asNode());
        out.labelOnce(roleNode, role);
        out.add(post, ORG.role.asNode(), roleNode);
        out.add(post, ORG.postIn.asNode(), postIn);
        return post;
    }

    /**
     * A place as printed (a city): the country itself when the name is a country's; otherwise a place,
     * contained in the country whose capital it is when the gazetteer knows exactly one such country.
     */
    Node place(String name) {
        Optional<Country> asCountry = findCountry(name);
        if (asCountry.isPresent()) {
            return country(asCountry.get());
        }
        return place(iris.place(name), name);
    }

    /** A place that the parser keyed already (a mention): its IRI from the key, labelled as printed. */
    Node place(String key, String asPrinted) {
        return place(iris.place(key), asPrinted);
    }

    private Node place(Node place, String name) {
        out.type(place, Schema.Place);
        out.labelOnce(place, name); // "Chisinau" in one sentence, "Chișinău" in the next: one place, named as first printed
        String city = capitalKey(name);
        List<Country> capitalOf = gazetteer.countries().stream()
                .filter(c -> c.capital() != null && capitalKey(c.capital()).equals(city))
                .toList();
        if (capitalOf.size() == 1) {
            out.add(place, Schema.containedInPlace, country(capitalOf.get(0)));
        }
        return place;
    }

    /**
     * A city's name as compared with the gazetteer's capitals: its slug (case, accents, apostrophes and spacing aside),
     * with "St." written out, so that "St. John’s" is the capital the gazetteer writes "Saint John's".
     */
    static String capitalKey(String name) {
        return SAINT.matcher(Iris.slug(name)).replaceFirst("saint$1-");
    }

    /**
     * A language as the Library of Congress ISO 639-1 IRI: from a code ("en") or, for the six UN
     * languages, a name ("English"). Labelled in English for the six UN languages.
     */
    Node language(String codeOrName) {
        String v = codeOrName.strip().toLowerCase(Locale.ROOT);
        String code = LANGUAGE_CODES.getOrDefault(v, v);
        Node language = Iris.language(Iris.encodeSymbol(code));
        String name = LANGUAGE_NAMES.get(code);
        if (name != null) {
            out.label(language, name);
        }
        return language;
    }
}
