package org.w3id.unld.parse;

import org.w3id.unld.model.Annex;
import org.w3id.unld.model.Author;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Annex and enclosure headings ("Annex", "Annex I", "Annex to the letter dated …", "Enclosure"), each
 * with the author, place and date its closing lines print ("H.E. Mr. Ilham Aliyev / President of the
 * Republic of Azerbaijan / Baku, 5 December 2024").
 */
final class AnnexParser {
    /** The word that opens an annex's heading, in English, French and Spanish. */
    private static final String ANNEX_WORD = "(?:Annex|ANNEX|Enclosure|ENCLOSURE|Annexe|ANNEXE|Pièce jointe|Anexo|ANEXO)";
    private static final Pattern SIMPLE = Pattern.compile(
            "^" + ANNEX_WORD + "(?:\\s+(?:[IVXLC]{1,6}|\\d{1,2}|[A-Z]))?\\s*\\**$");
    /** "Annex to the letter …", "Annexe à la lettre …", "Anexo de la carta …". */
    private static final Pattern TO_THE = Pattern.compile(
            "^" + ANNEX_WORD + "(?:\\s+(?:[IVXLC]{1,6}|\\d{1,2}|[A-Z]))?\\s+(?:(?:to|TO)\\s+(?:the|THE)|(?:à|À|A)\\s+(?:la|LA|l[’']|L[’'])|(?:au|AU)|(?:de|DE)\\s+(?:la|LA)|(?:del|DEL))\\s*\\S.*$");
    /** "Baku, 5 December 2024", "Done at Geneva on 12 May 2020", "New York, 5 December 2024". */
    private static final Pattern PLACE_DATE = Pattern.compile(
            "^(?:(?:Done|Signed|Issued|Adopted)\\s+(?:at|in)\\s+)?(\\p{Lu}[\\p{L}'’. \\-]{1,40}?)(?:,\\s*\\p{Lu}[\\p{L}'’. \\-]{1,40}?)?\\s*(?:,|\\s+on)\\s*(?:the\\s+)?(\\d{1,2}(?:st|nd|rd|th)?\\s+"
                    + UnDates.MONTH + ",?\\s+\\d{4})\\.?$");
    private static final int CLOSING_LINES = 8;
    /** A table-of-contents line: dot leaders or a page number at the end. */
    private static final Pattern TOC = Pattern.compile("(?:\\.\\s?){4,}\\s*\\d*\\s*$|\\s{2,}\\d{1,3}\\s*$");
    /** "… we hereby issue and sign this document in San Salvador, on 17 August 1993." */
    private static final Pattern SIGNED_IN = Pattern.compile(
            "\\b(?:in|at)\\s+(\\p{Lu}[\\p{L}'’.\\-]*(?:\\s+\\p{Lu}[\\p{L}'’.\\-]*){0,3}),?\\s+(?:on\\s+)?(?:the\\s+)?(\\d{1,2}\\s+"
                    + UnDates.MONTH + ",?\\s+\\d{4})\\.?$");
    private static final Pattern WEEKDAY = Pattern.compile("(?i)^" + UnDates.WEEKDAY_EN + "$");

    /**
     * Where an annex's heading is complete: once it says whom the letter was addressed to (English), or ends with the
     * sender's mission (French and Spanish headings name the addressee before the sender).
     */
    private static final Pattern ADDRESSED_TO = Pattern.compile(
            "(?i)addressed to (?:the )?\\S|(?:auprès\\s+de\\s+l[’']Organisation\\s+des\\s+Nations\\s+Unies|ante\\s+las\\s+Naciones\\s+Unidas)\\s*$");
    private static final Pattern SIGNED = Pattern.compile("^\\(\\s*(?:Signed|signed|SIGNED)\\s*\\)");
    private static final Pattern NOT_A_NAME = Pattern.compile("\\b(?:United|Nations|Republic|Ministry|Council|Office|Government|Committee|Annex)\\b");
    private AnnexParser() {
    }

    static boolean isHeading(String line) {
        if (line.isEmpty() || (line.charAt(0) != 'A' && line.charAt(0) != 'E' && line.charAt(0) != 'P')) {
            return false;
        }
        return SIMPLE.matcher(line).matches() || TO_THE.matcher(line).matches() && line.length() < 400;
    }

    /** Whether line i may be an annex heading: it starts with the word; most lines are passed over without being normalised. */
    static boolean isHeading(TextLines lines, int i) {
        char c = lines.firstChar(i);
        return (c == 'A' && (lines.startsWith(i, "Annex") || lines.startsWith(i, "ANNEX") || lines.startsWith(i, "Anexo")
                || lines.startsWith(i, "ANEXO"))
                || c == 'P' && lines.startsWith(i, "Pièce jointe")
                || c == 'E' && (lines.startsWith(i, "Enclosure") || lines.startsWith(i, "ENCLOSURE")))
                && isHeading(lines.get(i));
    }

    static List<Annex> parse(TextLines lines, int from) {
        List<int[]> headings = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        for (int i = from; i < lines.size(); i++) {
            if (!isHeading(lines, i) || isInContents(lines, i) || continuesASentence(lines, i)) {
                continue;
            }
            String line = lines.get(i);
            int end = i + 1;
            List<String> parts = new ArrayList<>();
            parts.add(line);
            if (TO_THE.matcher(line).matches()) {
                // "Annex to the letter dated … from the Permanent" / "Representative of … addressed to the" / "Secretary-General"
                while (end < lines.size() && !lines.isBlank(end) && parts.size() < 6) {
                    String next = lines.get(end);
                    if (next.length() > 200 || isHeading(next)) {
                        break;
                    }
                    String prev = parts.get(parts.size() - 1);
                    boolean addressedComplete = ADDRESSED_TO.matcher(joined(parts)).find()
                            && !Titles.continues(prev, next);
                    if (addressedComplete) {
                        break;
                    }
                    parts.add(next);
                    end++;
                }
            }
            headings.add(new int[]{i, end});
            titles.add(Titles.join(parts));
            i = end - 1;
        }
        List<Annex> out = new ArrayList<>();
        for (int h = 0; h < headings.size(); h++) {
            int bodyStart = headings.get(h)[1];
            int bodyEnd = h + 1 < headings.size() ? headings.get(h + 1)[0] : lines.size();
            out.add(closing(lines, titles.get(h), bodyStart, bodyEnd));
        }
        return out;
    }

    /**
     * Whether line {@code i} goes on with the sentence of the line right above it ("… Parties included in" / "Annex I to the
     * Convention for the period 1990–2012;"): the words "Annex I to the" inside a sentence, not a heading.
     */
    private static boolean continuesASentence(TextLines lines, int i) {
        if (i == 0 || lines.isBlank(i - 1) || lines.isSkippable(i - 1)) {
            return false;
        }
        String above = lines.get(i - 1);
        char last = above.isEmpty() ? '.' : above.charAt(above.length() - 1);
        return Character.isLowerCase(last) && Titles.continues(above, lines.get(i));
    }

    /** A heading between table-of-contents lines is an entry of the table, not an annex. */
    private static boolean isInContents(TextLines lines, int i) {
        int next = lines.nextContent(i + 1);
        if (next < lines.size() && TOC.matcher(lines.get(next)).find()) {
            return true;
        }
        for (int k = i - 1; k >= 0 && k >= i - 3; k--) {
            if (!lines.isSkippable(k)) {
                return TOC.matcher(lines.get(k)).find();
            }
        }
        return false;
    }

    private static String joined(List<String> parts) {
        return String.join(" ", parts);
    }

    /** Reads author, place and date from the last lines of an annex. */
    private static Annex closing(TextLines lines, String title, int start, int end) {
        List<Integer> last = new ArrayList<>();
        for (int i = end - 1; i >= start && last.size() < CLOSING_LINES; i--) {
            if (!lines.isSkippable(i)) {
                last.add(0, i);
            }
        }
        String place = null;
        LocalDate date = null;
        int placeAt = -1;
        for (int k = last.size() - 1; k >= 0; k--) {
            Matcher m = PLACE_DATE.matcher(lines.get(last.get(k)));
            if (m.matches() && !WEEKDAY.matcher(m.group(1).trim()).matches()) {
                place = m.group(1).trim();
                date = UnDates.find(m.group(2));
                placeAt = k;
                break;
            }
        }
        if (place == null) {
            // The place and date may close the last sentence: "… sign this document in San Salvador, on 17 August 1993."
            for (int k = last.size() - 1; k >= 0 && k >= last.size() - 6; k--) {
                String l = lines.get(last.get(k));
                String joined = k > 0 ? lines.get(last.get(k - 1)) + " " + l : l;
                Matcher m = SIGNED_IN.matcher(joined);
                if (m.find()) {
                    place = m.group(1).trim();
                    date = UnDates.find(m.group(2));
                    placeAt = k;
                    break;
                }
            }
        }
        Author author = null;
        // A "(Signed)" block among the closing lines.
        for (int k = 0; k < last.size(); k++) {
            int line = last.get(k);
            if (SIGNED.matcher(lines.get(line)).lookingAt()) {
                List<SignatureParser.Signature> s = SignatureParser.parse(lines, line);
                if (!s.isEmpty() && s.get(0).line() == line) {
                    author = new Author(s.get(0).agent().name(), roleOf(lines, s.get(0)));
                }
                break;
            }
        }
        if (author == null) {
            author = printedAuthor(lines, last, placeAt);
        }
        return new Annex(title, author, place, date);
    }

    private static String roleOf(TextLines lines, SignatureParser.Signature s) {
        List<String> block = new ArrayList<>();
        int k = s.line() + 1;
        while (k < s.end()) {
            if (!lines.isSkippable(k)) {
                block.add(lines.get(k));
            }
            k++;
        }
        List<String> roles = new ArrayList<>();
        boolean inRole = false;
        for (String l : block) {
            if (!inRole && SignatureParser.ROLE_WORDS.matcher(l).find()) {
                inRole = true;
            }
            if (inRole) {
                roles.add(l);
            }
        }
        return roles.isEmpty() ? null : Titles.join(roles);
    }

    /**
     * An author printed without "(Signed)": a name line (often with "H.E. Mr.") followed by role lines,
     * just before or after the place-and-date line.
     */
    private static Author printedAuthor(TextLines lines, List<Integer> last, int placeAt) {
        int stop = placeAt >= 0 ? placeAt : last.size();
        // Name and role lines stand right above the place line, or end the annex.
        int k = stop - 1;
        List<String> block = new ArrayList<>();
        while (k >= 0 && block.size() < 4) {
            String l = lines.get(last.get(k));
            if (!isShortLine(l)) {
                break;
            }
            block.add(0, l);
            k--;
        }
        if (block.size() < 2 && placeAt >= 0 && placeAt + 1 < last.size()) {
            block.clear();
            for (int j = placeAt + 1; j < last.size() && block.size() < 4; j++) {
                String l = lines.get(last.get(j));
                if (!isShortLine(l)) {
                    break;
                }
                block.add(l);
            }
        }
        for (int i = 0; i + 1 < block.size(); i++) {
            String candidate = block.get(i);
            if (looksLikeName(candidate) && SignatureParser.ROLE_WORDS.matcher(block.get(i + 1)).find()) {
                List<String> role = new ArrayList<>(block.subList(i + 1, block.size()));
                return new Author(SignatureParser.name(candidate), Titles.join(role));
            }
        }
        // A closing line after the place and date that names the signing body: "FMLN POLITICAL COMMITTEE".
        if (placeAt >= 0 && placeAt == last.size() - 2) {
            String l = lines.get(last.get(last.size() - 1));
            if (l.length() <= 80 && (Titles.isUpperCase(l) || looksLikeName(l)) && !l.endsWith(".")) {
                return new Author(SignatureParser.name(l), null);
            }
        }
        return null;
    }

    private static boolean isShortLine(String l) {
        return l.length() <= 100 && !l.endsWith(".") && !l.endsWith(",") && !l.endsWith(";") && !l.endsWith(":")
                && Character.isUpperCase(l.charAt(0));
    }

    private static final Pattern NAME = Pattern.compile(
            "^(?:(?:H\\.\\s?E\\.|H\\.\\s?M\\.|Mr\\.|Ms\\.|Mrs\\.|Dr\\.|Sheikh|Prof\\.)\\s+)*\\p{Lu}[\\p{L}'’.\\-]*(?:\\s+(?:\\p{Lu}[\\p{L}'’.\\-]*|de|da|del|van|von|bin|al|el|di|la|le)){1,5}$");

    static boolean looksLikeName(String l) {
        return l.length() <= 60 && NAME.matcher(l).matches() && !SignatureParser.ROLE_WORDS.matcher(l).find()
                && !NOT_A_NAME.matcher(l).find();
    }
}
