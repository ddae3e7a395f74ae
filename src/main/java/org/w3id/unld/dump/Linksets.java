package org.w3id.unld.dump;

import org.w3id.unld.vocab.Datasets;
import org.w3id.unld.vocab.IriPaths;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The linkset convention: the links from unld resources to one external dataset (Wikidata, GeoNames, UNBIS,
 * undocs.org) live in a named graph of their own, {@code {base}graph/linkset/{name}}. Dumps and the VoID
 * description find linksets by that prefix, so a new linkset needs no change here; the datasets below only
 * give the known targets a title, a home page and a URI space.
 */
public final class Linksets {
    /** A file-name-safe linkset name. */
    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

    /** An external dataset that a linkset points into. */
    public record Target(String title, Optional<String> homepage, Optional<String> uriSpace) {
    }

    private static final Map<String, Target> KNOWN = Map.of(
            "wikidata", new Target("Wikidata", Optional.of(Datasets.WIKIDATA_HOME), Optional.of(Datasets.WIKIDATA_ENTITY)),
            "geonames", new Target("GeoNames", Optional.of(Datasets.GEONAMES_HOME), Optional.of(Datasets.GEONAMES_FEATURE)),
            "unbis", new Target("UNBIS Thesaurus", Optional.of(Datasets.UNBIS_HOME), Optional.of(Datasets.UNBIS_CONCEPT)),
            "undocs", new Target("United Nations Official Document System (undocs.org)", Optional.of(Datasets.UNDOCS), Optional.of(Datasets.UNDOCS)));

    private Linksets() {
    }

    /** The prefix of every linkset graph name under {@code base}. */
    public static String graphPrefix(String base) {
        return base + IriPaths.LINKSET_GRAPH;
    }

    /** The named graph that holds the linkset {@code name}. */
    public static String graph(String base, String name) {
        return graphPrefix(base) + name;
    }

    /** The target dataset of a linkset: a known one, or one known only by the linkset's name. */
    public static Target target(String name) {
        Target t = KNOWN.get(name);
        return t != null ? t : new Target(name, Optional.empty(), Optional.empty());
    }

    /** Whether a linkset name can go into a file name as it is; other names are replaced by a digest. */
    static boolean isSafeName(String name) {
        return SAFE_NAME.matcher(name).matches();
    }
}
