package org.w3id.unld.reference;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The countries and organizations unld knows, loaded once from the tables shipped in the jar
 * (unld/reference/countries.tsv, organizations.tsv, ignored-phrases.tsv; see SOURCES.md there).
 *
 * <p>Lookups by name ignore case, diacritics, apostrophe style, spacing and a leading "the":
 * {@code country("the Republic of Azerbaijan")}, {@code country("AZERBAIJAN")} and
 * {@code country("Azerbaijan")} give the same country. A name is in the tables only if it denotes
 * one entry: "Korea", "Palestine", "Micronesia" and the adjectives "Congolese", "Korean", "Guinean",
 * "Sudanese", "Dominican", "American" give nothing.
 *
 * <p>{@link #find(String)} is stricter than the lookups about case; its rules are on
 * {@link MentionFinder}.
 */
public final class Gazetteer {

    private final List<Country> countries;
    private final List<Organization> organizations;
    private final Map<String, Country> countriesByName = new HashMap<>();
    private final Map<String, Country> countriesByIso3 = new HashMap<>();
    private final Map<String, Country> countriesByAdjective = new HashMap<>();
    private final Map<String, Organization> organizationsByName = new HashMap<>();
    private final Map<String, Organization> organizationsBySlug = new LinkedHashMap<>();
    private final MentionFinder finder = new MentionFinder();

    private Gazetteer(List<Country> countries, List<Organization> organizations, List<String> ignoredPhrases) {
        this.countries = List.copyOf(countries);
        this.organizations = List.copyOf(organizations);
        for (Country c : this.countries) {
            countriesByIso3.put(c.iso3(), c);
            for (String name : countryNames(c)) {
                index(countriesByName, Names.key(name), c, "country name");
                finder.add(name, c);
            }
            for (String adjective : c.adjectives()) {
                index(countriesByAdjective, Names.key(adjective), c, "adjective");
            }
        }
        for (Organization o : this.organizations) {
            index(organizationsBySlug, o.slug(), o, "slug");
            for (String name : organizationNames(o)) {
                index(organizationsByName, Names.key(name), o, "organization name");
                if (countriesByName.containsKey(Names.key(name))) {
                    throw new IllegalStateException("name of a country and an organization: " + name);
                }
                finder.add(name, o);
            }
        }
        for (String phrase : ignoredPhrases) {
            finder.ignore(phrase);
        }
        finder.freeze();
    }

    private static final class Standard {
        static final Gazetteer INSTANCE = load();
    }

    /** The gazetteer shipped with unld, read from the class path on first use. */
    public static Gazetteer standard() {
        return Standard.INSTANCE;
    }

    private static Gazetteer load() {
        List<Country> countries = new ArrayList<>();
        for (Tables.Row r : Tables.read("countries.tsv")) {
            countries.add(new Country(r.required("iso3"), r.required("iso2"), r.required("m49"),
                    r.required("short_name"), r.optional("formal_name"), r.optional("wikidata"),
                    r.optional("geonames"), r.optional("unbis"), r.optional("capital"),
                    Country.Status.valueOf(r.required("status").toUpperCase(Locale.ROOT)),
                    r.list("aliases"), r.list("adjectives"), shortNames(r)));
        }
        List<Organization> organizations = new ArrayList<>();
        for (Tables.Row r : Tables.read("organizations.tsv")) {
            organizations.add(new Organization(r.required("slug"), r.required("name"), r.list("aliases"),
                    r.optional("wikidata"), Boolean.parseBoolean(r.required("principal_organ")), r.required("category")));
        }
        List<String> ignored = new ArrayList<>();
        for (Tables.Row r : Tables.read("ignored-phrases.tsv")) {
            ignored.add(r.required("phrase"));
        }
        return new Gazetteer(countries, organizations, ignored);
    }

    /** The short names in the official languages: short_name is the English one, short_name_fr the French … */
    private static Map<String, String> shortNames(Tables.Row r) {
        Map<String, String> names = new LinkedHashMap<>();
        for (String language : UnLanguages.CODES) {
            String name = language.equals(UnLanguages.ENGLISH) ? r.required("short_name") : r.required("short_name_" + language);
            names.put(language, name);
        }
        return names;
    }

    private static <T> void index(Map<String, T> index, String key, T value, String what) {
        T previous = index.putIfAbsent(key, value);
        if (previous != null && previous != value) {
            throw new IllegalStateException(what + " \"" + key + "\" given to two entries");
        }
    }

    private static List<String> countryNames(Country c) {
        List<String> names = new ArrayList<>();
        names.add(c.shortName());
        if (c.formalName() != null) {
            names.add(c.formalName());
        }
        names.addAll(c.aliases());
        return names;
    }

    private static List<String> organizationNames(Organization o) {
        List<String> names = new ArrayList<>();
        names.add(o.name());
        names.addAll(o.aliases());
        return names;
    }

    /** Every country and area, sorted by ISO 3166 alpha-3 code. */
    public List<Country> countries() {
        return countries;
    }

    /** Every organization, sorted by slug. */
    public List<Organization> organizations() {
        return organizations;
    }

    /** A country by a name that denotes it unambiguously (short, formal, alias; "the" and case ignored). */
    public Optional<Country> country(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(countriesByName.get(Names.key(name)));
    }

    /** A country by ISO 3166 alpha-3 code ("AZE"; case ignored). */
    public Optional<Country> countryByIso3(String iso3) {
        return iso3 == null ? Optional.empty()
                : Optional.ofNullable(countriesByIso3.get(iso3.strip().toUpperCase(Locale.ROOT)));
    }

    /**
     * A country by a nationality adjective that denotes it alone ("Azerbaijani" → Azerbaijan). An
     * adjective shared by several States ("Congolese", "Korean", "Guinean", "Sudanese") gives nothing.
     */
    public Optional<Country> countryByAdjective(String adjective) {
        return adjective == null ? Optional.empty()
                : Optional.ofNullable(countriesByAdjective.get(Names.key(adjective)));
    }

    /** An organization by its name or an unambiguous alias or acronym ("UNESCO", "Security Council"; case ignored). */
    public Optional<Organization> organization(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(organizationsByName.get(Names.key(name)));
    }

    /** An organization by the key of its IRI ("general-assembly"). */
    public Optional<Organization> organizationBySlug(String slug) {
        return slug == null ? Optional.empty() : Optional.ofNullable(organizationsBySlug.get(slug));
    }

    /**
     * The UNBIS Thesaurus concept whose English label is exactly {@code label}, ignoring case, runs of
     * white space and one final period ("Nuclear disarmament." finds NUCLEAR DISARMAMENT). Labels that
     * two concepts share are not in the table (unbis-labels.tsv), so a hit names one concept.
     */
    public Optional<String> unbisConcept(String label) {
        return label == null ? Optional.empty() : Optional.ofNullable(UnbisLabels.INSTANCE.get(unbisKey(label)));
    }

    private static String unbisKey(String label) {
        String k = label.strip().replaceAll("\\s+", " ");
        if (k.endsWith(".")) {
            k = k.substring(0, k.length() - 1).strip();
        }
        return k.toLowerCase(Locale.ROOT);
    }

    /**
     * The labels of a UNBIS Thesaurus concept (its IRI) in the UN's languages, by language tag in the order of
     * {@link UnLanguages#CODES}, English always, a language the Thesaurus gives no label in left out; empty for a
     * concept not in the table (unbis-labels.tsv), which holds every concept unld links to.
     */
    public Map<String, String> unbisLabels(String concept) {
        return concept == null ? Map.of() : UnbisNames.INSTANCE.getOrDefault(concept, Map.of());
    }

    /** The UNBIS labels, read on first use only: most lookups never need them. */
    private static final class UnbisLabels {
        static final Map<String, String> INSTANCE = load();

        private static Map<String, String> load() {
            Map<String, String> byLabel = new HashMap<>();
            for (Tables.Row r : Tables.read("unbis-labels.tsv")) {
                byLabel.put(unbisKey(r.required("label")), r.required("concept"));
            }
            return Map.copyOf(byLabel);
        }
    }

    /** The UNBIS concepts' labels in the UN's languages, by concept; read on first use only (a description asks). */
    private static final class UnbisNames {
        static final Map<String, Map<String, String>> INSTANCE = load();

        private static Map<String, Map<String, String>> load() {
            Map<String, Map<String, String>> byConcept = new HashMap<>();
            for (Tables.Row r : Tables.read("unbis-labels.tsv")) {
                Map<String, String> names = new LinkedHashMap<>();
                for (String language : UnLanguages.CODES) {
                    String name = language.equals(UnLanguages.ENGLISH) ? r.required("label") : r.optional("label_" + language);
                    if (name != null) {
                        names.put(language, name);
                    }
                }
                byConcept.put(r.required("concept"), Collections.unmodifiableMap(names));
            }
            return Map.copyOf(byConcept);
        }
    }

    /**
     * Every place where the text names a country or an organization, in text order, without
     * overlaps; the longest name wins where names overlap. Rules: {@link MentionFinder}.
     */
    public List<Found> find(String text) {
        return text == null || text.isEmpty() ? List.of() : finder.find(text);
    }
}
