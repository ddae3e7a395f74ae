package org.w3id.unld.parse;

import org.w3id.unld.reference.Gazetteer;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.w3id.unld.parse.EventParser.trimEnd;
import static org.w3id.unld.parse.UnDates.isMonthOrYear;

/**
 * The place of an event: the city of "in Baku, Azerbaijan", "at Geneva", "on Jeju Island", or the country of "held in
 * Barbados" where the text names no city (the conventions record the city, else the country). A body, an office or
 * "accordance" ("in accordance with") is no place.
 */
final class EventPlace {
    private static final Pattern ON_ISLAND = Pattern.compile("^on\\s+(\\p{Lu}[\\p{L}'’\\-]*\\s+Island)\\b");
    private static final Pattern PLACE_AT = Pattern.compile(
            "^(?:in|at)\\s+((?:the\\s+)?(?:(?:St|Ste|Mt)\\.\\s*)?\\p{Lu}[\\p{L}'’\\-]*(?:\\s+(?:\\p{Lu}[\\p{L}'’\\-]*|(?:el|al|ad|ash|as|ar|an|at|ul|ed|en|es)-\\p{Lu}[\\p{L}'’\\-]*|(?:de|da|del|des|du|es|al|upon|sur|am|im|la|le|of)(?=\\s+\\p{Lu}))){0,5})");
    private static final Pattern COUNTRY_AFTER = Pattern.compile(
            "^,\\s*((?:the\\s+)?\\p{Lu}[\\p{L}'’\\-]*(?:\\s+(?:\\p{Lu}[\\p{L}'’\\-]*|of|and|the)){0,6}?)(?=\\s*(?:,|\\(|\\.|;|$|\\s+(?:on|from|in|at|and)\\b))");
    private static final Pattern LEADING_THE = Pattern.compile("^the\\s+");
    /** The rest of a country's name after "and": "Antigua| and Barbuda", "Saint Vincent| and the Grenadines". */
    private static final Pattern AND_REST = Pattern.compile(
            "^\\s+and\\s+(?:the\\s+)?\\p{Lu}[\\p{L}'’\\-]*(?:\\s+\\p{Lu}[\\p{L}'’\\-]*)?");
    private static final Set<String> NOT_PLACES = Set.of(
            "united nations", "accordance", "conjunction", "cooperation", "partnership", "collaboration", "support",
            "preparation", "response", "connection", "line", "person", "order", "particular", "addition", "the course",
            "headquarters", "united nations headquarters", "the united nations");

    /**
     * A phrase of place at the start of a text, {@code length} characters long: "in Baku, Azerbaijan" (the country
     * after the city is part of the phrase), "at Geneva", "in Spain". {@code city} is the city it names, or null
     * when it names a country, or when the event's city is known already; {@code country} the country it names
     * without a city ("in Spain"), else null.
     */
    record Phrase(String city, String country, int length) {
    }

    private EventPlace() {
    }

    /**
     * The phrase of place that {@code s} starts with, or null when there is none. Before the event's city is known
     * ({@code cityKnown} false), "in" or "at" before words that name no place ("in Accordance", "at United Nations
     * Headquarters") is no phrase of place either: the phrases about the event end there.
     */
    static Phrase at(String s, boolean cityKnown) {
        if (!cityKnown) {
            Matcher island = ON_ISLAND.matcher(s);
            if (island.lookingAt()) {
                // "on Margarita Island, Bolivarian Republic of Venezuela": the country after the island is part of the phrase.
                return new Phrase(island.group(1), null, s.length() - withoutCountry(s.substring(island.end())).length());
            }
        }
        Matcher pl = PLACE_AT.matcher(s);
        if (!pl.lookingAt()) {
            return null;
        }
        String candidate = trimEnd(LEADING_THE.matcher(pl.group(1)).replaceFirst(""), ".’'");
        int end = pl.end();
        Matcher and = AND_REST.matcher(s).region(end, s.length());
        if (and.lookingAt() && isCountry(candidate + s.substring(end, and.end()))) {
            // "to be held in Antigua and Barbuda": the country, not "Antigua" (a name with "and" is no city's).
            candidate = candidate + s.substring(end, and.end()).replaceAll("\\s+", " ");
            end = and.end();
        }
        if (pl.group(1).startsWith("The Hague") || pl.group(1).startsWith("the Hague")) {
            candidate = "The Hague";
        }
        String city = null;
        String country = null;
        if (!cityKnown && isCity(candidate)) {
            city = candidate;
        } else if (isCountry(candidate)) {
            country = cityKnown ? null : candidate; // without its article: "in the Kingdom of Sweden" → "Kingdom of Sweden"
        } else if (!candidate.equals("The Hague") && !cityKnown) {
            return null;
        }
        // "in Baku, Azerbaijan": the country after the city is no part of the place.
        String after = withoutCountry(s.substring(end));
        return new Phrase(city, country, s.length() - after.length());
    }

    /** The text without the country that starts it after a comma (", Azerbaijan"), or the text itself. */
    private static String withoutCountry(String after) {
        Matcher country = COUNTRY_AFTER.matcher(after);
        return country.lookingAt() && isCountry(country.group(1)) ? after.substring(country.end()) : after;
    }

    /**
     * Whether capitalised words may name the city of an event: not a country, a month or year, a body, an office or
     * another event ("convened … at the Sustainable Development Goals Summit").
     */
    static boolean isCity(String candidate) {
        String c = candidate.toLowerCase(Locale.ROOT);
        if (NOT_PLACES.contains(c) || isCountry(candidate) || isMonthOrYear(candidate.split(" ")[0])) {
            return false;
        }
        for (String bad : new String[]{"united nations", "accordance", "conjunction", "cooperation", "partnership", "collaboration",
                "support", "preparation", "response", "connection", "my ", "his ", "her ", "its ", "their ", "government",
                "ministry", "office", "headquarters", "council", "assembly", "committee", "commission", "conference", "summit", "forum",
                "republic"}) {
            if (c.startsWith(bad) || c.contains(" " + bad.trim())) {
                return false;
            }
        }
        return true;
    }

    /** A name of a State or area that the gazetteer knows ("Azerbaijan", "the Republic of Korea"): not a city. */
    static boolean isCountry(String name) {
        return Gazetteer.standard().country(name).isPresent();
    }
}
