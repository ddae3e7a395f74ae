package org.w3id.unld.parse;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.w3id.unld.parse.EventParser.trimEnd;
import static org.w3id.unld.parse.EventPlace.isCity;
import static org.w3id.unld.parse.EventPlace.isCountry;
import static org.w3id.unld.parse.UnDates.isMonthOrYear;

/**
 * An event's name around its event word, and whether it names an event. The name reaches left over capitalised
 * words, ordinals and modifiers ("Second International Conference"), right over a complement ("… on crops for
 * peace", "… of the Supreme National Council") up to a place of holding, a date or a verb; a parenthesised acronym
 * after it is left out. A name says which event it is: a capitalised word, or a complement that names a body or a
 * topic; "the meeting" and "meeting of the Council" do not.
 */
final class EventNames {
    /** Words that end a name on its left: articles, possessives, prepositions, conjunctions. */
    private static final Set<String> LEFT_STOP = Set.of(
            "the", "a", "an", "its", "their", "his", "her", "our", "my", "your", "this", "that", "these", "those", "last", "next",
            "such", "said", "any", "each", "every", "another", "which", "whose", "at", "in", "on", "of", "for", "to", "by", "from",
            "with", "during", "after", "before", "since", "between", "and", "or", "as", "upcoming", "forthcoming", "proposed",
            "planned", "recent", "latest", "previous", "successful", "historic", "so-called", "future", "present", "current",
            "same", "first-ever", "both", "all", "two", "three", "four", "several", "various", "other", "further", "new");
    /** Lower-case words that belong to an event's name on its left. */
    private static final Set<String> MODIFIERS = Set.of(
            "high-level", "high", "level", "international", "regional", "subregional", "ministerial", "extraordinary", "special",
            "annual", "virtual", "informal", "plenary", "working", "spring", "autumn", "summer", "winter", "constitutional", "donor",
            "donors’", "donors'", "side", "peace", "global", "world", "technical", "expert", "experts", "joint", "bilateral",
            "trilateral", "multilateral", "tripartite", "consultative", "preparatory", "open-ended", "intersessional", "resumed",
            "emergency", "organizational", "substantive", "regular", "ordinary", "biennial", "quadrennial", "general", "national",
            "interactive", "thematic", "closing", "opening", "inaugural", "pledging", "humanitarian", "review", "summit-level",
            "leaders’", "leaders'", "ministers’", "heads", "round", "parliamentary", "interregional", "inter-agency", "interagency");
    private static final Pattern ORDINAL = Pattern.compile("(?i)^(?:" + Ordinals.PATTERN + "|\\d{1,3}(?:st|nd|rd|th))$");
    /** Words that end a complement ("… of the Supreme National Council held at Beijing"). */
    private static final Set<String> RIGHT_STOP = Set.of(
            "held", "convened", "which", "that", "who", "was", "were", "is", "are", "will", "would", "took", "scheduled", "hosted",
            "organized", "organised", "at", "from", "during", "since", "until", "by", "as", "where", "when", "has",
            "have", "had", "be", "been", "being", "taking", "should", "shall", "may", "can", "could", "must", "met");
    /** Bodies named by one generic word: "meeting of the Council" is an anaphoric mention, not a name. */
    private static final Set<String> GENERIC_BODIES = Set.of(
            "council", "assembly", "committee", "commission", "conference", "board", "group", "parties", "authority", "movement",
            "security council", "general assembly", "mission", "court", "secretariat", "organization", "union", "government");
    private static final Pattern ACRONYM = Pattern.compile("^\\s*\\(([^()]{1,40})\\)");
    /** Nouns after which "in <place>" belongs to a topic: "situation in Yemen", "Security in West Africa". */
    private static final Set<String> IN_TOPIC = Set.of("situation", "crisis", "conflict", "question", "security", "development",
            "rights", "cooperation", "stability", "reconstruction", "recovery", "peacebuilding", "terrorism");
    private static final Set<String> FUNCTION = Set.of("of", "the", "and", "for", "on", "to", "in", "a", "an");
    private static final Pattern MARGINS = Pattern.compile("(?:margins?|sidelines?|occasion|eve|basis|part|side)\\b");
    private static final Pattern ACRONYM_CAPS = Pattern.compile("[\\p{Lu}\\d][\\p{Lu}\\d\\-+ .&]{0,20}(?:\\s[IVX]+)?");
    private static final Pattern ACRONYM_WORDS = Pattern.compile("\\p{Lu}[\\p{L}\\d\\-+ ]{0,25}");
    private static final Pattern COMPLEMENT_START = Pattern.compile("^(?:of|on|for)\\s+(?:the\\s+)?");
    /** "for five days", "for two weeks", "for the first time", "on an annual basis": no complement of a name. */
    private static final Pattern DURATION = Pattern.compile(
            "^(?:for|on)\\s+(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|a\\s+(?:few|number)|the\\s+(?:first|second|third|last|next|same)|its|their|his|her"
                    + "|an?\\s+(?:[\\w-]+\\s+){0,2}basis)\\b");
    private static final Set<String> NAME_JOINERS = Set.of(
            "of", "the", "and", "for", "on", "to", "in", "with", "between", "against", "de", "&", "or", "a", "an", "among", "from");

    /**
     * A name in a paragraph: from its first word ({@code start}) to the end of its complement ({@code end}; the event
     * word's end when it has none), and where the text after the name resumes ({@code resume}: past an acronym in brackets).
     */
    record Edges(int start, int end, int resume) {
    }

    /** The end of the complement after the event word, and where the text after it resumes. */
    private record Complement(int end, int resume) {
    }

    private EventNames() {
    }

    /**
     * Whether the event word from {@code headStart} to {@code headEnd} heads a name: not when a plural "s" follows it
     * ("Meetings"), nor when it is a word inside a longer name ("the 2005 World Summit Outcome").
     */
    static boolean headsAName(String p, int headStart, int headEnd) {
        if (headEnd < p.length() && p.charAt(headEnd) == 's' && p.charAt(headEnd - 1) != 's') {
            return false;
        }
        // "the 2005 World Summit Outcome": the event word is part of a longer name, not its head.
        int nextWord = headEnd;
        while (nextWord < p.length() && p.charAt(nextWord) == ' ') {
            nextWord++;
        }
        if (nextWord > headEnd && nextWord < p.length() && Character.isUpperCase(p.charAt(nextWord))
                && !p.startsWith("In ", nextWord) && !p.startsWith("On ", nextWord)) {
            return false;
        }
        return true;
    }

    /** The edges of the name around the event word from {@code headStart} to {@code headEnd}. */
    static Edges edges(String p, int headStart, int headEnd) {
        Complement complement = rightEdge(p, headEnd);
        return new Edges(leftEdge(p, headStart), complement.end(), complement.resume());
    }

    /** A name says which event it is: a capitalised word, or a complement that names a body or a topic. */
    static boolean isNamed(String head, String left, String complement) {
        if (!complement.isEmpty()) {
            String body = COMPLEMENT_START.matcher(complement).replaceFirst("").toLowerCase(Locale.ROOT);
            if (complement.startsWith("of") && GENERIC_BODIES.contains(body)) {
                return false;
            }
            return true;
        }
        if (hasCapital(left)) {
            return true;
        }
        // "Summit", "the Conference" alone: an anaphoric mention.
        return Character.isUpperCase(head.charAt(0)) && !left.isEmpty() && !ORDINAL.matcher(left).matches();
    }

    /** Whether a word left of the event word is capitalised (not an ordinal), or a hyphenated word has a capital: a proper name. */
    static boolean hasCapital(String left) {
        for (String w : left.split(" ")) {
            if (!w.isEmpty() && (Character.isUpperCase(w.charAt(0)) && !ORDINAL.matcher(w).matches() || hasUpperCase(w) && w.contains("-"))) {
                return true;
            }
        }
        return false;
    }

    /** Walks left from the event word over capitalised words, ordinals and modifiers to the name's first word. */
    private static int leftEdge(String p, int headStart) {
        int start = headStart;
        int pos = headStart;
        while (pos > 0) {
            int wordEnd = pos;
            while (wordEnd > 0 && p.charAt(wordEnd - 1) == ' ') {
                wordEnd--;
            }
            int wordStart = wordEnd;
            while (wordStart > 0 && p.charAt(wordStart - 1) != ' ') {
                wordStart--;
            }
            if (wordStart == wordEnd) {
                break;
            }
            String word = p.substring(wordStart, wordEnd);
            char last = word.charAt(word.length() - 1);
            if (last == ',' || last == ';' || last == ':' || last == '.' || last == ')' || last == '(' || word.charAt(0) == '(') {
                break;
            }
            String lower = word.toLowerCase(Locale.ROOT);
            if ((lower.equals("for") || lower.equals("of") || lower.equals("and") || lower.equals("on")) && start < headStart
                    && Character.isUpperCase(p.charAt(start)) && capitalWordBefore(p, wordStart)) {
                // "Environment for Europe Ministerial Conference": a small word between capitalised words of the name.
                start = wordStart;
                pos = wordStart;
                continue;
            }
            if (LEFT_STOP.contains(lower) && !(Character.isUpperCase(word.charAt(0)) && !lower.equals("the") && !lower.equals("a")
                    && !lower.equals("an") && !lower.equals("its") && !lower.equals("this") && !lower.equals("at")
                    && !lower.equals("in") && !lower.equals("on"))) {
                break;
            }
            char w0 = word.charAt(0);
            if ((Character.isUpperCase(w0) || Character.isDigit(w0)) && isMonthOrYear(word)
                    || lower.endsWith("’s") || lower.endsWith("'s")) {
                break;
            }
            boolean capital = Character.isUpperCase(word.charAt(0)) || word.charAt(0) == '“';
            boolean keep = capital || MODIFIERS.contains(lower) || isOrdinal(lower)
                    || word.indexOf('-') > 0 && hasUpperCase(word);
            if (!keep) {
                break;
            }
            start = wordStart;
            pos = wordStart;
        }
        return start;
    }

    /**
     * The complement after the event word ("of the Supreme National Council", "on crops for peace") and where
     * the text after the name resumes. A parenthesised acronym is left out of the name.
     */
    private static Complement rightEdge(String p, int headEnd) {
        int pos = headEnd;
        int nameEnd = headEnd;
        int peek = pos;
        while (peek < p.length() && p.charAt(peek) == ' ') {
            peek++;
        }
        if (peek < p.length() && p.charAt(peek) == '(') {
            Matcher acr = ACRONYM.matcher(p.substring(pos, Math.min(p.length(), pos + 45)));
            if (acr.find() && isAcronym(acr.group(1))) {
                pos = pos + acr.end();
                return new Complement(nameEnd, pos);
            }
        }
        // Only "of", "on" and "for" open a complement: look before splitting words.
        if (!(p.startsWith("of ", peek) || p.startsWith("on ", peek) || p.startsWith("for ", peek))
                || DURATION.matcher(p.substring(peek, Math.min(p.length(), peek + 30))).lookingAt()) {
            return new Complement(nameEnd, pos);
        }
        String[] words = nextWords(p, pos, 28);
        if (words.length == 0) {
            return new Complement(nameEnd, pos);
        }
        String first = words[0];
        boolean complement = first.equals("of") || first.equals("on") || first.equals("for");
        if (!complement) {
            return new Complement(nameEnd, pos);
        }
        boolean topic = !first.equals("of") && startsTopic(words, 0);
        int cursor = pos;
        int end = pos;
        boolean content = false;
        for (int k = 0; k < words.length; k++) {
            String w = words[k];
            int wordStart = p.indexOf(w, cursor);
            int wordEnd = wordStart + w.length();
            String bare = trimEnd(w, ",;:.)");
            String lower = bare.toLowerCase(Locale.ROOT);
            if (k > 0 && servingAs(words, k)) {
                cursor = wordEnd;
                continue;
            }
            if (k > 0 && RIGHT_STOP.contains(lower) || w.startsWith("(") || bare.isEmpty() || Character.isDigit(w.charAt(0))) {
                break;
            }
            String next0 = k + 1 < words.length ? trimEnd(words[k + 1], ",.;:") : "";
            if (k > 0 && lower.equals("to") && (next0.equals("be") || next0.equals("take"))) {
                break;
            }
            if (k > 0 && isMonthOrYear(bare)) {
                break;
            }
            if (k > 0 && (lower.equals("on") || lower.equals("in")) && next0.equals("the") && k + 2 < words.length
                    && MARGINS.matcher(words[k + 2]).lookingAt()) {
                // "… on the Sahel on the margins of the General Assembly": the name has ended.
                break;
            }
            if (lower.equals("on") || lower.equals("for")) {
                // "on crops for peace" is a topic in lower case; "Commission on Security Guarantees" is a name.
                topic = startsTopic(words, k);
            }
            if (k > 0 && (lower.equals("in") || lower.equals("at"))) {
                // "… on the humanitarian situation in Yemen", "… in the Sustainable Development Era" go on;
                // "… of the Council in Geneva", "… crops for peace in Indonesia" end: a place of holding.
                String next = k + 1 < words.length ? words[k + 1] : "";
                if (next.equals("the") && k + 2 < words.length) {
                    next = words[k + 2];
                }
                String prevWord = words[k - 1].toLowerCase(Locale.ROOT);
                boolean capitalNext = !next.isEmpty() && Character.isUpperCase(next.charAt(0))
                        && !isMonthOrYear(trimEnd(next, ",.;"));
                boolean place = isCountry(trimEnd(next, ",.;:")) || isCity(trimEnd(next, ",.;:")) && k + 1 < words.length && !words[k + 1].equals("the");
                // "… for Development in Seville, Spain": a city with its country is a place even after a topic's noun.
                boolean cityOfCountry = place && next.endsWith(",") && k + 2 < words.length && isCountry(trimEnd(words[k + 2], ",.;:"));
                if (!capitalNext || lower.equals("at") || place && (!IN_TOPIC.contains(prevWord) || cityOfCountry)) {
                    break;
                }
            }
            boolean capital = Character.isUpperCase(bare.charAt(0)) || bare.charAt(0) == '“' || bare.charAt(0) == '"';
            if (!topic && !capital) {
                // In a proper name, small words join capitalised ones: "Relations with the Host Country",
                // "Settlement of the Question of Palestine and the Implementation"; "… Guarantees and encourage" ends.
                if (!NAME_JOINERS.contains(lower) || !capitalAhead(words, k + 1)) {
                    break;
                }
            }
            if (k > 0 && !FUNCTION.contains(lower)) {
                content = true;
            }
            if (!FUNCTION.contains(lower) && !lower.equals("or") && !lower.equals("&") && !lower.equals("de")) {
                end = wordStart + bare.length();
            }
            cursor = wordEnd;
            if (!bare.equals(w) && !w.endsWith(")")) {
                // A colon before a capitalised subtitle, or a comma in a list of capitalised words, stays in the name:
                // "… Era: A Multisectoral Response", "Working Group on Women, Peace and Security".
                String punct = w.substring(bare.length());
                String next = k + 1 < words.length ? words[k + 1] : "";
                boolean capitalNext = !next.isEmpty() && Character.isUpperCase(next.charAt(0))
                        && !isMonthOrYear(trimEnd(next, ",.;:"));
                if (punct.equals(":") && capitalNext || punct.equals(",") && capitalNext && Character.isUpperCase(bare.charAt(0))
                        && k + 2 < words.length && isCapitalOrAnd(words[k + 2]) && !isCountry(trimEnd(next, ",.;:"))) {
                    continue;
                }
                break;
            }
        }
        if (!content) {
            return new Complement(nameEnd, pos);
        }
        // A quoted title stays whole: "Conference on “The Right to Return: …”".
        int quote = p.lastIndexOf('“', end);
        if (quote >= headEnd && p.indexOf('”', quote) > end) {
            end = p.indexOf('”', quote) + 1;
        }
        int resume = end;
        Matcher tail = ACRONYM.matcher(p.substring(resume, Math.min(p.length(), resume + 45)));
        if (tail.find() && isAcronym(tail.group(1))) {
            resume += tail.end();
        }
        return new Complement(end, resume);
    }

    /**
     * Whether word {@code k} is in "serving as the meeting of" after a body's capitalised name: "the Conference of the
     * Parties serving as the meeting of the Parties to the Paris Agreement" is one body, and its sessions one series.
     */
    private static boolean servingAs(String[] words, int k) {
        for (int s = Math.max(1, k - 3); s <= k; s++) {
            if (!words[s].equals("serving") || s + 2 >= words.length || !words[s + 1].equals("as")
                    || !Character.isUpperCase(words[s - 1].charAt(0))) {
                continue;
            }
            int meeting = words[s + 2].equals("the") ? s + 3 : s + 2;
            return meeting < words.length && k <= meeting && words[meeting].equalsIgnoreCase("meeting");
        }
        return false;
    }

    /** Whether a capitalised word comes next, after any articles and small words. */
    private static boolean capitalAhead(String[] words, int from) {
        for (int n = from; n < words.length && n < from + 3; n++) {
            String w = words[n];
            if (w.isEmpty()) {
                continue;
            }
            if (Character.isUpperCase(w.charAt(0)) || w.charAt(0) == '“') {
                return !isMonthOrYear(trimEnd(w, ",.;:"));
            }
            if (!NAME_JOINERS.contains(w)) {
                return false;
            }
        }
        return false;
    }

    private static boolean startsTopic(String[] words, int k) {
        int n = k + 1;
        if (n < words.length && (words[n].equals("the") || words[n].equals("a"))) {
            n++;
        }
        return n < words.length && !words[n].isEmpty() && !Character.isUpperCase(words[n].charAt(0)) && words[n].charAt(0) != '“';
    }

    private static boolean isCapitalOrAnd(String w) {
        return w.equals("and") || !w.isEmpty() && Character.isUpperCase(w.charAt(0));
    }

    private static boolean isAcronym(String s) {
        return ACRONYM_CAPS.matcher(s).matches() || ACRONYM_WORDS.matcher(s).matches() && !s.contains(",");
    }

    /** The first {@code max} words (or fewer) of the 300 characters from {@code pos}, cut at spaces. */
    private static String[] nextWords(String p, int pos, int max) {
        String rest = p.substring(pos, Math.min(p.length(), pos + 300)).trim();
        if (rest.isEmpty()) {
            return new String[0];
        }
        // Cut at spaces as far as the words wanted only, not over the whole window.
        String[] words = new String[max];
        int count = 0;
        int i = 0;
        while (i < rest.length() && count < max) {
            while (i < rest.length() && rest.charAt(i) == ' ') {
                i++;
            }
            int start = i;
            while (i < rest.length() && rest.charAt(i) != ' ') {
                i++;
            }
            if (i > start) {
                words[count++] = rest.substring(start, i);
            }
        }
        return count == max ? words : Arrays.copyOf(words, count);
    }

    private static boolean hasUpperCase(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (Character.isUpperCase(w.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word before {@code wordStart} is capitalised and ends with a letter, and is not "The", "In" or "At". */
    private static boolean capitalWordBefore(String p, int wordStart) {
        int end = wordStart;
        while (end > 0 && p.charAt(end - 1) == ' ') {
            end--;
        }
        int start = end;
        while (start > 0 && p.charAt(start - 1) != ' ') {
            start--;
        }
        if (start == end) {
            return false;
        }
        String w = p.substring(start, end);
        char last = w.charAt(w.length() - 1);
        return Character.isUpperCase(w.charAt(0)) && Character.isLetter(last) && !w.equals("The") && !w.equals("In") && !w.equals("At");
    }

    private static boolean isOrdinal(String lower) {
        return (lower.endsWith("th") || lower.endsWith("st") || lower.endsWith("nd") || lower.endsWith("rd"))
                && ORDINAL.matcher(lower).matches();
    }
}
