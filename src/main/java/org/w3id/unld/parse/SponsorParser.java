package org.w3id.unld.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The States that submit a draft, as printed before ": draft resolution": "Italy and Turkmenistan" →
 * Italy, Turkmenistan; "Iran (Islamic Republic of), Iraq and Venezuela (Bolivarian Republic of)" keeps
 * the parentheses that are part of a name; "Uganda (on behalf of the Group of 77 and China)" is Uganda.
 */
final class SponsorParser {
    /** Country and group names that contain " and ", which must not be split. */
    private static final List<String> WITH_AND = List.of(
            "Antigua and Barbuda", "Bosnia and Herzegovina", "Saint Kitts and Nevis", "Saint Vincent and the Grenadines",
            "Sao Tome and Principe", "São Tomé and Príncipe", "Trinidad and Tobago",
            "United Kingdom of Great Britain and Northern Ireland", "Heard Island and McDonald Islands",
            "Turks and Caicos Islands", "Wallis and Futuna", "Saint Pierre and Miquelon",
            "South Georgia and the South Sandwich Islands", "Svalbard and Jan Mayen", "Serbia and Montenegro",
            "Group of 77 and China", "Saint Helena, Ascension and Tristan da Cunha", "Åland Islands",
            "Bonaire, Sint Eustatius and Saba", "Ashmore and Cartier Islands");
    /** French and Spanish names with "et", "y" or "e" inside, which must not be split either. */
    private static final List<String> WITH_CONJUNCTION = List.of(
            "Royaume-Uni de Grande-Bretagne et d’Irlande du Nord", "Royaume-Uni de Grande-Bretagne et d'Irlande du Nord",
            "Groupe des 77 et de la Chine", "Antigua y Barbuda", "Bosnia y Herzegovina", "Trinidad y Tabago",
            "San Vicente y las Granadinas", "Santo Tomé y Príncipe", "San Cristóbal y Nieves",
            "Reino Unido de Gran Bretaña e Irlanda del Norte", "Grupo de los 77 y China", "Islas Turcas y Caicos", "Wallis y Futuna",
            "Bonaire, San Eustaquio y Saba");
    private static final char PROTECTED_SPACE = '\u0003';
    private static final Pattern ON_BEHALF = Pattern.compile("\\s*\\(on\\s+behalf\\s+of\\b[^)]*\\)|,?\\s+on\\s+behalf\\s+of\\b.*$",
            Pattern.CASE_INSENSITIVE);
    private static final char PROTECTED_AND = '\u0001';
    private static final char PROTECTED_COMMA = '\u0002';

    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    private static final Pattern SUBMITTED_BY_OFFICE = Pattern.compile(
            "(?i)^(?:the\\s+)?(?:President|Chair|Chairman|Chairperson|Vice-Chair|Bureau|Secretary-General|Facilitator|Co-facilitators?|Rapporteur)\\b.*");
    /** Between two names: a comma, "and", and their French and Spanish ("et", "y", "e"). */
    private static final Pattern SEPARATOR = Pattern.compile("\\s*,\\s*(?:(?:and|et|y|e)\\s+)?|\\s+(?:and|et|y|e)\\s+");
    private static final Pattern FOOTNOTE_NUMBER = Pattern.compile("\\s?\\d{1,2}$");
    private SponsorParser() {
    }

    static List<String> parse(String text) {
        List<String> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        String s = EventParser.trimEnd(WHITE_SPACE.matcher(text.replace("*", "")).replaceAll(" ").trim(), ": \u00a0");
        s = ON_BEHALF.matcher(s).replaceAll("");
        if (SUBMITTED_BY_OFFICE.matcher(s).matches()) {
            return out;
        }
        for (String name : WITH_AND) {
            if (s.contains(name)) {
                s = s.replace(name, name.replace(" and ", " " + PROTECTED_AND + " ").replace(",", String.valueOf(PROTECTED_COMMA)));
            }
        }
        for (String name : WITH_CONJUNCTION) {
            if (s.contains(name)) {
                s = s.replace(name, name.replace(' ', PROTECTED_SPACE).replace(',', PROTECTED_COMMA));
            }
        }
        s = protectParentheses(s);
        for (String part : SEPARATOR.split(s)) {
            String name = part.replace(String.valueOf(PROTECTED_AND), "and").replace(PROTECTED_COMMA, ',').replace(PROTECTED_SPACE, ' ').trim();
            name = FOOTNOTE_NUMBER.matcher(name).replaceFirst("").trim();
            if (name.startsWith("the ")) {
                name = name.substring(4);
            }
            if (!name.isEmpty() && !out.contains(name)) {
                out.add(name);
            }
        }
        return out;
    }

    /** Commas and "and" inside parentheses belong to a name: "Venezuela (Bolivarian Republic of)". */
    private static String protectParentheses(String s) {
        StringBuilder b = new StringBuilder(s.length());
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && depth > 0) {
                depth--;
            }
            if (depth > 0 && c == ',') {
                b.append(PROTECTED_COMMA);
            } else if (depth > 0 && s.startsWith(" and ", i)) {
                b.append(' ').append(PROTECTED_AND).append(' ');
                i += 4;
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
