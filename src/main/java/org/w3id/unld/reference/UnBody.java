package org.w3id.unld.reference;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A body of the United Nations as {@code un-bodies.tsv} describes it: a principal organ, a Main Committee, a
 * subsidiary body, a commission, a programme's governing body, an executive board or a treaty body.
 *
 * @param key      stable key, the gazetteer's slug where organizations.tsv has the body ("general-assembly", "ece")
 * @param names    its name by ISO 639-1 language code; "en" always present, "fr" and "es" for every body, "ar",
 *                 "ru", "zh" where known ("General Assembly", "Assemblée générale", "Asamblea General" …)
 * @param aliases  further names in any language that denote it and no other body ("Fourth Committee" has
 *                 "Special Political and Decolonization Committee")
 * @param treaties the treaty whose committee it is, in several languages: a treaty body's documents print the
 *                 treaty in the masthead's organ slot ("International Covenant on Civil and Political Rights"
 *                 stands for the Human Rights Committee)
 * @param kind     what kind of body it is
 * @param parent   the key of the body it reports to, or null (principal organs, most treaty bodies)
 * @param series   the symbol prefixes it issues documents under, each ending in '/' or '.' ("A/C.4/", "UNEP/EA.")
 * @param sessions how its sessions are numbered
 * @param wikidata its Wikidata id, or null
 * @param organLine whether the masthead reader takes its name, printed alone on a line of the masthead, for the
 *                 organ slot (the principal organs that print their names there, and the Human Rights Council);
 *                 other bodies are read as the body above a session line
 */
public record UnBody(String key, Map<String, String> names, List<String> aliases, List<String> treaties, Kind kind,
                     String parent, List<String> series, SessionNumbering sessions, String wikidata, boolean organLine) {

    public UnBody {
        names = Map.copyOf(names);
        aliases = List.copyOf(aliases);
        treaties = List.copyOf(treaties);
        series = List.copyOf(series);
        if (!names.containsKey("en")) {
            throw new IllegalArgumentException(key + ": no English name");
        }
    }

    /** Its English name, the one unld reports ("Economic and Social Council"). */
    public String name() {
        return names.get("en");
    }

    /** Its name in a language (ISO 639-1 code), or null when the table does not give it. */
    public String name(String language) {
        return names.get(language.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether {@code printed} is the start of its name in one of the languages the table gives, compared as names are: a
     * session line's short name of the body its masthead names in full ("Governing Council", "Conseil d’administration").
     */
    public boolean isShortlyNamed(String printed) {
        String key = UnBodies.key(printed);
        return !key.isEmpty() && names.values().stream().map(UnBodies::key).anyMatch(n -> n.length() > key.length() && n.startsWith(key));
    }

    /**
     * Whether {@code printed} is its name in one of the languages the table gives, compared as names are
     * ("COMMISSION ON POPULATION AND DEVELOPMENT", "Commission de la condition de la femme"); aliases and treaties
     * are not its names.
     */
    public boolean isNamed(String printed) {
        String key = UnBodies.key(printed);
        return names.values().stream().anyMatch(n -> UnBodies.key(n).equals(key));
    }

    /**
     * Whether {@code printed} is the treaty this committee monitors, compared as names are ("International Convention on
     * the Elimination of all Forms of Racial Discrimination"): a masthead's organ slot prints it for the committee.
     */
    public boolean isTreaty(String printed) {
        String key = UnBodies.key(printed);
        return treaties.stream().anyMatch(t -> UnBodies.key(t).equals(key));
    }

    /** Kinds of UN bodies, as the {@code kind} column writes them. */
    public enum Kind {
        /** The six principal organs of the Charter. */
        PRINCIPAL_ORGAN("principal-organ"),
        /** The six Main Committees of the General Assembly. */
        MAIN_COMMITTEE("main-committee"),
        /** A subsidiary organ other than those below (Human Rights Council, COPUOS, International Law Commission). */
        SUBSIDIARY_BODY("subsidiary-body"),
        /** A functional commission of the Economic and Social Council. */
        FUNCTIONAL_COMMISSION("functional-commission"),
        /** A regional commission of the Economic and Social Council. */
        REGIONAL_COMMISSION("regional-commission"),
        /** A fund or programme (UNEP, UN-Habitat). */
        FUND_PROGRAMME("fund-programme"),
        /** The assembly or council that governs a fund or programme (United Nations Environment Assembly). */
        GOVERNING_BODY("governing-body"),
        /** The executive board of funds and programmes (UNICEF, UNDP/UNFPA/UNOPS, UN-Women, WFP). */
        EXECUTIVE_BOARD("executive-board"),
        /**
         * A body a treaty sets up, outside the Charter's organs: the committees of experts that monitor the human rights
         * treaties, and the subsidiary bodies of the Framework Convention on Climate Change.
         */
        TREATY_BODY("treaty-body");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        static Kind of(String code) {
            for (Kind k : values()) {
                if (k.code.equals(code)) {
                    return k;
                }
            }
            throw new IllegalArgumentException("unknown kind of UN body: " + code);
        }
    }

    /** How a body's sessions are numbered, as the {@code sessions} column writes it. */
    public enum SessionNumbering {
        /** Ordinal sessions of its own ("Eightieth session", "Fifty-ninth session"), regular, resumed or special. */
        NUMBERED("numbered"),
        /** Years of its own, numbered from its first ("Seventy-ninth year"): the Security Council. */
        YEARS("years"),
        /** Sessions named by their year ("2024 session", "annual session 2024"). */
        ANNUAL("annual"),
        /**
         * Ordinal sessions called meetings ("Seventh meeting", "Twelfth Meeting of the Parties to the Montreal Protocol"): the
         * conferences and meetings of the parties to the environmental conventions.
         */
        MEETINGS("meetings"),
        /** It meets during the sessions of its parent: a Main Committee's "Eightieth session" is the General Assembly's. */
        PARENT("parent"),
        /** It holds no sessions. */
        NONE("none");

        private final String code;

        SessionNumbering(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        static SessionNumbering of(String code) {
            for (SessionNumbering s : values()) {
                if (s.code.equals(code)) {
                    return s;
                }
            }
            throw new IllegalArgumentException("unknown session numbering: " + code);
        }
    }
}
