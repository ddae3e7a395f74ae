package org.w3id.unld.parse;

import org.w3id.unld.model.Addressee;
import org.w3id.unld.reference.UnBodies;
import org.w3id.unld.reference.UnBody;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who a communication is from and to, as its title says: "Letter dated 27 December 2024 from the
 * Permanent Representative of Azerbaijan to the United Nations addressed to the Secretary-General",
 * "… from the Chargé d'affaires a.i. of the Permanent Mission of Cyprus …", "Identical letters … addressed
 * to the Secretary-General and the President of the Security Council".
 */
final class SenderParser {
    private static final Pattern TITLE = Pattern.compile(
            "^(?:identical\\s+letters?|note\\s+verbale|(?:joint\\s+)?letters?)\\s+(?:dated\\s+.+?\\s+)?from\\s+(.+?)\\s+addressed\\s+to\\s+(.+)$",
            Pattern.CASE_INSENSITIVE);
    /** "Letter dated 7 May 2007 from the Secretary-General to the President of the Security Council": no "addressed". */
    private static final Pattern TITLE_TO = Pattern.compile(
            "^(?:identical\\s+letters?|note\\s+verbale|(?:joint\\s+)?letters?)\\s+(?:dated\\s+.+?\\s+)?from\\s+(.+?)\\s+to\\s+(the\\s+(?:Acting\\s+)?(?:President|Secretary-General|Chair|Chairman|Chairperson|Co-Chairs?|High\\s+Commissioner|Executive|Under-Secretary|Prime\\s+Minister|Minister|Special|Director|Members)\\b.*)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TO_THE_UN = Pattern.compile(
            "\\s+to\\s+the\\s+United\\s+Nations(?:\\s+(?:Office\\s+)?(?:at|in)\\s+(?:Geneva|Vienna|Nairobi|New\\s+York))?"
                    + "(?:\\s+and\\s+(?:the\\s+)?other\\s+international\\s+organizations(?:\\s+(?:at|in)\\s+\\w+)?)?[\\s,;]*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern OF_MISSION = Pattern.compile(
            "^(.+?)\\s+of\\s+the\\s+(?:Permanent\\s+(?:Mission|Observer\\s+Mission|Delegation)|Embassy|Mission|Delegation)\\s+of\\s+(.+)$",
            Pattern.CASE_INSENSITIVE);
    /** Roles that stand for an office of the United Nations, not for a State: "President of the" a body of the table of UN bodies, … */
    private static final Pattern UN_OFFICE = Pattern.compile(
            "^(?:Secretary-General|Deputy\\s+Secretary-General|(?:Acting\\s+)?(?:President|Vice-President|Chair|Chairman|Chairperson|Chairs|Co-Chairs|Presidents)\\s+of\\s+the\\s+"
                    + "(?:" + UnBodies.alternation(UnBodies.standard().all().stream().map(UnBody::name).toList()) + "|International\\s+Court|Committee|Commission|Conference|Board|Working\\s+Group|Group|Peacebuilding|Council|Meeting|Assembly|Panel|Security\\s+Council\\s+Committee|Ad\\s+Hoc)"
                    + "|(?:United\\s+Nations\\s+)?High\\s+Commissioner\\b|Special\\s+(?:Envoy|Representative|Adviser|Rapporteur|Coordinator)\\b|Executive\\s+(?:Director|Secretary)\\b|Director-General\\b|Administrator\\b|Prosecutor\\b|Registrar\\b|Under-Secretary-General\\b|Legal\\s+Counsel\\b|Coordinator\\b)",
            Pattern.CASE_INSENSITIVE);
    /** "Lettre datée du … adressée au Secrétaire général par le Représentant permanent de l’Arménie auprès de …". */
    private static final Pattern FRENCH_TITLE = Pattern.compile(
            "^(?:lettres?(?:\\s+identiques)?|note\\s+verbale)\\s+dat[ée]es?\\s+du\\s+.+?,?\\s+adress[ée]es?\\s+(?:au\\s+|aux\\s+|à\\s+la\\s+|à\\s+l[’'])(.+?),?\\s+par\\s+(?:le\\s+|la\\s+|les\\s+|l[’'])(.+)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** "Carta de fecha … dirigida al Secretario General por el Representante Permanente de Armenia ante las Naciones Unidas". */
    private static final Pattern SPANISH_TITLE = Pattern.compile(
            "^(?:cartas?(?:\\s+id[ée]nticas)?|nota\\s+verbal)\\s+de\\s+fecha\\s+.+?,?\\s+dirigidas?\\s+(?:al\\s+|a\\s+la\\s+|a\\s+los\\s+|a\\s+las\\s+)(.+?),?\\s+por\\s+(?:el\\s+|la\\s+|los\\s+|las\\s+)(.+)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** "… auprès de l’Organisation des Nations Unies (à Genève)", "… ante las Naciones Unidas (en Ginebra)". */
    private static final Pattern TO_THE_UN_ROMANCE = Pattern.compile(
            "\\s+(?:auprès\\s+de\\s+l[’']Organisation\\s+des\\s+Nations\\s+Unies|auprès\\s+de\\s+l[’']ONU|ante\\s+las\\s+Naciones\\s+Unidas)(?:\\s+(?:à|en)\\s+\\S+)?\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Where a French or Spanish role ends and its State begins: "Représentant permanent de l’Arménie", "Misión Permanente del Perú". */
    private static final Pattern ROMANCE_OF = Pattern.compile("\\s+(?:de\\s+la\\s+|de\\s+l[’']|du\\s+|des\\s+|d[’']|del\\s+|de\\s+)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A post of a mission: "Conseiller de la Mission permanente de la France", "Ministro Consejero de la Misión de los Estados Unidos". */
    private static final Pattern ROMANCE_OF_MISSION = Pattern.compile(
            "^(.+?)\\s+de\\s+la\\s+(?:Misi[óo]n(?:\\s+Permanente)?|Mission(?:\\s+permanente)?|Delegaci[óo]n|D[ée]l[ée]gation|Embajada|Ambassade)"
                    + "\\s+(?:de\\s+la\\s+|de\\s+los\\s+|de\\s+las\\s+|de\\s+l[’']|del\\s+|du\\s+|des\\s+|d[’']|de\\s+)(.+)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern ADDRESSEE_SPLIT = Pattern.compile("\\s*,?\\s+and\\s+(?:to\\s+)?(?=the\\s+|[A-Z])");

    private SenderParser() {
    }

    /** Role and country as a communication's title gives them. */
    record FromTo(String role, String country, List<Addressee> addressees) {
    }

    /** How far into a body a note verbale's opening may start (letterhead fields a copy ran into it come first). */
    private static final int OPENING_REACH = 1200;

    /**
     * Sender and addressee as a note verbale's opening names them ({@link Headings#COMPLIMENTS}: "The Office for Disarmament
     * Affairs presents its compliments to the Permanent Missions …"), or null when the text does not open so.
     */
    static FromTo fromOpening(String text) {
        Matcher m = Headings.COMPLIMENTS.matcher(text).region(0, Math.min(text.length(), OPENING_REACH));
        return m.find() ? new FromTo(m.group("from").strip(), null, List.of(new Addressee(m.group("to").strip()))) : null;
    }

    static FromTo parse(String title) {
        if (title == null) {
            return null;
        }
        // A title printed in capitals ("LETTER DATED … FROM THE SECRETARY-GENERAL") gives roles in their usual case.
        String t = Titles.isUpperCase(title) ? titleCase(title) : title;
        Matcher m = TITLE.matcher(t);
        if (!m.matches()) {
            m = TITLE_TO.matcher(t);
            if (!m.matches()) {
                return romance(t);
            }
        }
        String[] roleCountry = roleAndCountry(m.group(1));
        return new FromTo(roleCountry[0], roleCountry[1], addressees(m.group(2)));
    }

    /** A French or Spanish title: the addressee comes first ("adressée au …", "dirigida al …"), the sender after "par"/"por". */
    private static FromTo romance(String title) {
        Matcher m = FRENCH_TITLE.matcher(title);
        if (!m.matches()) {
            m = SPANISH_TITLE.matcher(title);
            if (!m.matches()) {
                return null;
            }
        }
        String from = TO_THE_UN_ROMANCE.matcher(Titles.clean(m.group(2))).replaceFirst("");
        String to = Titles.clean(m.group(1));
        List<Addressee> addressees = to == null ? List.of() : List.of(new Addressee(to));
        Matcher mission = ROMANCE_OF_MISSION.matcher(from);
        if (mission.matches()) {
            // "Ministro Consejero de Asuntos del País Anfitrión de la Misión de los Estados Unidos": the post, then its mission's State.
            return new FromTo(mission.group(1), mission.group(2), addressees);
        }
        Matcher of = ROMANCE_OF.matcher(from);
        String role = from;
        String country = null;
        // The first "de" after the role's words: "Représentant permanent de l’Arménie", "Encargado de Negocios a.i. de Chile".
        while (of.find()) {
            String before = from.substring(0, of.start());
            if (!before.toLowerCase(Locale.ROOT).endsWith("chargé d’affaires") && !before.toLowerCase(Locale.ROOT).endsWith("encargado")) {
                role = before;
                country = from.substring(of.end());
                break;
            }
        }
        return new FromTo(role, country, addressees);
    }

    /** What names a body, not a State, after a post's "of": "the Special Commission", "the League of Arab States". */
    private static final Pattern BODY_NOT_STATE = Pattern.compile("(?i)\\b(?:Commission|Committee|Council|Organi[sz]ation|Office"
            + "|Programme|Conference|Secretariat|Agency|Fund|Board|Court|League|Movement|Forum|Institute)\\b");

    /** Splits "the Permanent Representative of Azerbaijan to the United Nations" into role and country. */
    static String[] roleAndCountry(String from) {
        String s = Titles.clean(from);
        if (s == null) {
            return new String[]{null, null};
        }
        s = stripThe(s);
        s = TO_THE_UN.matcher(s).replaceFirst("");
        if (UN_OFFICE.matcher(s).lookingAt()) {
            return new String[]{s, null};
        }
        Matcher mission = OF_MISSION.matcher(s);
        if (mission.matches()) {
            return new String[]{mission.group(1), country(mission.group(2))};
        }
        int of = indexOfWord(s, " of ");
        if (of > 0 && BODY_NOT_STATE.matcher(s.substring(of + 4)).find()) {
            // "Executive Chairman of the Special Commission established by …": a post in a body, not a State's.
            return new String[]{s, null};
        }
        if (of > 0) {
            String role = s.substring(0, of);
            String country = s.substring(of + 4);
            // "Permanent Mission of Cyprus": a mission is named for its State too.
            return new String[]{role, country(country)};
        }
        return new String[]{s, null};
    }

    static List<Addressee> addressees(String to) {
        List<Addressee> out = new ArrayList<>();
        String s = Titles.clean(to);
        if (s == null) {
            return out;
        }
        s = EventParser.trimEnd(s, ".;,");
        for (String part : ADDRESSEE_SPLIT.split(s)) {
            String role = stripThe(part.trim());
            role = TO_THE_UN.matcher(role).replaceFirst("");
            if (ARTICLE_ONLY.matcher(role).matches()) {
                // "… addressed to the": a copy cut the title before its addressee.
                continue;
            }
            if (!role.isEmpty() && isRole(role)) {
                out.add(new Addressee(role));
            } else if (!out.isEmpty()) {
                // "… of the Economic and Social Council": an "and" inside a name, not between addressees.
                Addressee last = out.remove(out.size() - 1);
                out.add(new Addressee(last.role() + " and " + part.trim()));
            } else if (!role.isEmpty()) {
                out.add(new Addressee(role));
            }
        }
        return out;
    }

    /** An article or preposition alone, where a copy cut a title: no addressee. */
    private static final Pattern ARTICLE_ONLY = Pattern.compile("(?iu)(?:the|of|to|le|la|les|au|aux|el|los|las|al)?");

    private static boolean isRole(String s) {
        return ROLE_START.matcher(s).matches();
    }

    private static final Pattern ROLE_START = Pattern.compile("(?i)^(?:Acting\\s+|Deputy\\s+|Vice-)?(?:Secretary-General|President|Chair|Chairman|Chairperson|Co-Chairs?|High\\s+Commissioner|Executive|Director|Permanent|Special|Under-Secretary|Prosecutor|Registrar|Members?|Minister|Head|Coordinator|Administrator|Secretary|Commissioner|Rapporteur|Legal|Chief|Ombudsperson|Registrar|United\\s+Nations)\\b.*");

    private static final java.util.Set<String> SMALL = java.util.Set.of(
            "of", "the", "and", "to", "for", "on", "in", "at", "by", "a.i.", "addressed", "from", "dated", "d'affaires", "d’affaires");

    /** "PRESIDENT OF THE SECURITY COUNCIL" → "President of the Security Council". */
    static String titleCase(String upper) {
        StringBuilder b = new StringBuilder();
        for (String word : upper.toLowerCase(java.util.Locale.ROOT).split(" ")) {
            if (b.length() > 0) {
                b.append(' ');
            }
            if (SMALL.contains(word) && b.length() > 0) {
                b.append(word);
                continue;
            }
            StringBuilder w = new StringBuilder(word);
            for (int i = 0; i < w.length(); i++) {
                if (Character.isLetter(w.charAt(i)) && (i == 0 || w.charAt(i - 1) == '-' || w.charAt(i - 1) == '(')) {
                    w.setCharAt(i, Character.toUpperCase(w.charAt(i)));
                }
            }
            b.append(w);
        }
        return b.toString();
    }

    static String country(String raw) {
        String c = raw.trim();
        c = TO_THE_UN.matcher(c).replaceFirst("");
        c = stripThe(c);
        return c.isEmpty() ? null : c;
    }

    static String stripThe(String s) {
        return s.regionMatches(true, 0, "the ", 0, 4) ? s.substring(4).trim() : s.trim();
    }

    private static int indexOfWord(String s, String word) {
        return s.toLowerCase(java.util.Locale.ROOT).indexOf(word);
    }
}
