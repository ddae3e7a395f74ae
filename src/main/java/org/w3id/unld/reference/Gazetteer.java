package org.w3id.unld.reference;

import java.util.List;
import java.util.Optional;

/**
 * The countries and organizations unld knows, loaded from tables shipped in the jar. STUB: built on
 * branch "gazetteer"; this API is the contract the parse and map stages use.
 */
public final class Gazetteer {

    /** The gazetteer shipped with unld. */
    public static Gazetteer standard() {
        return new Gazetteer();
    }

    public List<Country> countries() {
        return List.of();
    }

    public List<Organization> organizations() {
        return List.of();
    }

    /** A country by a name that denotes it unambiguously (short, formal, alias; "the" and case ignored). */
    public Optional<Country> country(String name) {
        return Optional.empty();
    }

    /** A country by ISO 3166 alpha-3 code. */
    public Optional<Country> countryByIso3(String iso3) {
        return Optional.empty();
    }

    /** An organization by its name or an unambiguous alias ("UNESCO", "Security Council"). */
    public Optional<Organization> organization(String name) {
        return Optional.empty();
    }
}
