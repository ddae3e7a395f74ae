package org.w3id.unld.parse;

import org.w3id.unld.reference.Gazetteer;

import org.w3id.unld.model.Event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Conferences, summits, meetings, sessions, forums, workshops, talks and consultations that the text
 * says were or will be held, with their dates and city when stated: "the Second International
 * Conference on “…”, held on 5 and 6 December 2024 in Baku, Azerbaijan".
 *
 * <p>An event is a noun phrase led by an event word and <em>named</em>: a proper name ("Delhi End TB
 * Summit"), the body that meets ("extraordinary session of the Coordinating Council") or a topic
 * ("international workshop on crops for peace"). It must be <em>held</em>: a verb of holding next to it
 * ("held", "convened", "to be held", "took place", "the convening of") or a date or place of holding
 * ("London Conference of August 1992", "… Conference, in Nairobi"). Bare and anaphoric mentions ("the
 * meeting", "its session"), numbered Council meetings, outcomes ("the Agenda of the Conference") and
 * plurals are not events.
 */
final class EventParser {
    static final Pattern HEAD = Pattern.compile(
            "\\b(?=[CcSsMmFfDdWwTtRr])(?:[Cc]onference|[Ss]ummit|[Mm]eeting|[Ss]ession|[Ff]orum|[Cc]ongress|[Ss]ymposium|[Dd]ialogue|[Ww]orkshop|[Ss]eminar"
                    + "|[Cc]onsultations|[Tt]alks|[Ss]ide[ -][Ee]vent|[Ss]egment|[Rr]ound[ -]?[Tt]able|[Cc]olloquium|[Rr]etreat)\\b");
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
    private static final Set<String> ORDINAL_WORDS = Set.of(
            "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
            "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth");
    private static final Pattern ORDINAL = Pattern.compile("(?i)^(?:" + Ordinals.PATTERN + "|\\d{1,3}(?:st|nd|rd|th))$");
    private static final Pattern MONTH_OR_YEAR = Pattern.compile("^(?:" + UnDates.MONTH + "|(?:19|20)\\d\\d)$");
    /** The first letters of the months (in either spelling of {@link UnDates#MONTH}) and of the years 1900–2099. */
    private static final String MONTH_OR_YEAR_INITIALS = "JFMASOND12";
    /** Words that end a complement ("… of the Supreme National Council held at Beijing"). */
    private static final Set<String> RIGHT_STOP = Set.of(
            "held", "convened", "which", "that", "who", "was", "were", "is", "are", "will", "would", "took", "scheduled", "hosted",
            "organized", "organised", "at", "from", "during", "since", "until", "by", "as", "where", "when", "has",
            "have", "had", "be", "been", "being", "taking", "should", "shall", "may", "can", "could", "must", "met");
    /** Bodies named by one generic word: "meeting of the Council" is an anaphoric mention, not a name. */
    private static final Set<String> GENERIC_BODIES = Set.of(
            "council", "assembly", "committee", "commission", "conference", "board", "group", "parties", "authority", "movement",
            "security council", "general assembly", "mission", "court", "secretariat", "organization", "union", "government");
    private static final Pattern HOLD_AFTER = Pattern.compile(
            "^\\s*,?\\s*(?:(?:which|that)\\s+)?(?:(?:was|were|is|are|will\\s+be|to\\s+be|being|has\\s+been|had\\s+been|have\\s+been|would\\s+be|could\\s+be|should\\s+be|shall\\s+be|is\\s+to\\s+be|are\\s+to\\s+be|was\\s+to\\s+be)\\s+)?"
                    + "(?:held|convened|scheduled|hosted|took\\s+place|will\\s+take\\s+place|to\\s+take\\s+place|taking\\s+place|met)\\b");
    private static final Pattern DATE_OR_PLACE_AFTER = Pattern.compile(
            "^(?:\\s*,\\s*(?:in|at)\\s+(?!" + UnDates.MONTH + ")\\p{Lu}|\\s*(?:in|at)\\s+(?!" + UnDates.MONTH + ")\\p{Lu}[\\p{L}'’\\-]*(?:\\s+\\p{Lu}[\\p{L}'’\\-]*)?,?\\s+(?:in|on|from)\\s+(?:\\d|" + UnDates.MONTH + ")|\\s*,?\\s*(?:on|from|of)\\s+\\d{1,2}\\s+" + UnDates.MONTH
                    + "|(?:on|in)\\s+" + UnDates.MONTH + "\\s+\\d{1,2}\\b|\\(\\p{Lu}[\\p{L} .]+,\\s*\\d)");
    /** A month or year alone after a proper name ("London Conference of August 1992", "the Stockholm talks in 2018"). */
    private static final Pattern PERIOD_AFTER = Pattern.compile(
            "^\\s*,?\\s*(?:in|of|on)\\s+(?:(?:early|mid|late)[\\s-]+)?(?:" + UnDates.MONTH + "(?:\\s+(?:19|20)\\d\\d)?|(?:19|20)\\d\\d)\\b");
    /** A year or month just before the name: "the proposed 2017 high-level meeting", "the July 2019 High-level Conference". */
    private static final Pattern PERIOD_BEFORE = Pattern.compile("(?:(?:" + UnDates.MONTH + "\\s+)?(?:19|20)\\d\\d"
            + "|\\b(?:last|this|next|past)\\s+(?:week|month|year|weekend)[’']s|\\b(?:yesterday|today|tomorrow)[’']s)\\s+$");
    static final Pattern HOLD_BEFORE = Pattern.compile(
            "(?:\\b(?:convening|holding|hosting|organization|organizing|convocation)\\s+of\\s+(?:the\\s+|a\\s+|an\\s+)?"
                    + "|\\b(?:to|decided\\s+to|decides\\s+to|agreed\\s+to)\\s+(?:hold|convene|host|organize)\\s+(?:the\\s+|a\\s+|an\\s+)?"
                    + "|\\b(?:hosted|convened|organized|organised|held)\\s+(?:the\\s+|a\\s+|an\\s+)?)$");
    /** A convening that is only proposed or called for: "proposed the convening of a United Nations conference". */
    private static final Pattern PROPOSED = Pattern.compile("\\b(?:propos\\w*|call\\w*\\s+for|urg\\w*|suggest\\w*|recommend\\w*)\\s+(?:the\\s+)?(?:convening|holding)\\s+of\\s+(?:the\\s+|a\\s+|an\\s+)?$");
    /** A day or days without a year: no date (the conventions say so), but part of the chain after a name. */
    private static final Pattern YEARLESS = Pattern.compile(
            "^(?:on|from|between)?\\s*\\d{1,2}(?:\\s+" + UnDates.MONTH + ")?(?:\\s*(?:to|and|-|–)\\s*\\d{1,2})?\\s+" + UnDates.MONTH + "\\b(?!,?\\s+\\d{4})");
    private static final Pattern ACRONYM = Pattern.compile("^\\s*\\(([^()]{1,40})\\)");
    private static final Pattern PLACE = Pattern.compile(
            "\\b(?:in|at)\\s+((?:the\\s+)?\\p{Lu}[\\p{L}'’.\\-]*(?:\\s+(?:\\p{Lu}[\\p{L}'’.\\-]*|de|da|del|des|du|es|al|upon|sur|am|im|la|le)){0,4})");
    private static final Pattern ON_ISLAND = Pattern.compile("^on\\s+(\\p{Lu}[\\p{L}'’\\-]*\\s+Island)\\b");
    private static final Pattern PLACE_AT = Pattern.compile(
            "^(?:in|at)\\s+((?:the\\s+)?\\p{Lu}[\\p{L}'’\\-]*(?:\\s+(?:\\p{Lu}[\\p{L}'’\\-]*|de|da|del|des|du|es|al|upon|sur|am|im|la|le|of)){0,5})");
    private static final Pattern COUNTRY_AFTER = Pattern.compile(
            "^,\\s*((?:the\\s+)?\\p{Lu}[\\p{L}'’\\-]*(?:\\s+(?:\\p{Lu}[\\p{L}'’\\-]*|of|and|the)){0,6}?)(?=\\s*(?:,|\\(|\\.|;|$|\\s+(?:on|from|in|at|and)\\b))");
    /** Phrases between a name and its dates that say nothing of them: "under the auspices of …", "by the Government of …". */
    private static final Pattern SKIP_PHRASE = Pattern.compile(
            "^(?:under\\s+the\\s+auspices\\s+of|by|with|jointly\\s+with|in\\s+cooperation\\s+with|in\\s+collaboration\\s+with|virtually|online|successfully|recently)\\b[^,;.]{0,80}?(?=,|\\s+(?:on|from|in|at)\\s)");
    private static final Pattern DATE_START = Pattern.compile("\\b(?:on|from|between)\\s+(?=\\d)|(?<=[\\s(,])(?=\\d{1,2}(?:\\s+(?:and|to)\\s+\\d{1,2})?\\s+" + UnDates.MONTH + ")");
    private static final Set<String> NOT_PLACES = Set.of(
            "united nations", "accordance", "conjunction", "cooperation", "partnership", "collaboration", "support",
            "preparation", "response", "connection", "line", "person", "order", "particular", "addition", "the course",
            "headquarters", "united nations headquarters", "the united nations");
    private static final int WINDOW = 220;
    /** Marks an unnamed mention kept only to complete a named one. */
    private static final String WEAK = "\u0000";
    /** Nouns after which "in <place>" belongs to a topic: "situation in Yemen", "Security in West Africa". */
    private static final Set<String> IN_TOPIC = Set.of("situation", "crisis", "conflict", "question", "security", "development",
            "rights", "cooperation", "stability", "reconstruction", "recovery", "peacebuilding", "terrorism");
    private static final Set<String> GLUE = Set.of("of", "the", "and", "for", "on", "to", "in", "de", "&", "or");
    private static final Set<String> FUNCTION = Set.of("of", "the", "and", "for", "on", "to", "in", "a", "an");

    private static final Pattern MARGINS = Pattern.compile("(?:margins?|sidelines?|occasion|eve|basis|part|side)\\b");
    private static final Pattern ADOPTION_MEETING = Pattern.compile("(?i)^\\s*at\\s+(?:the|its)\\s+$");
    private static final Pattern LEADING_ARTICLE = Pattern.compile("^(?:The|the)\\s+");
    private static final Pattern LEADING_THE = Pattern.compile("^the\\s+");
    private static final Pattern BETWEEN = Pattern.compile("^between\\s+");
    private static final Pattern BETWEEN_OR_OF = Pattern.compile("^(?:between|of)\\s+");
    private static final Pattern ACRONYM_CAPS = Pattern.compile("[\\p{Lu}\\d][\\p{Lu}\\d\\-+ .&]{0,20}(?:\\s[IVX]+)?");
    private static final Pattern ACRONYM_WORDS = Pattern.compile("\\p{Lu}[\\p{L}\\d\\-+ ]{0,25}");
    private static final Pattern COMPLEMENT_START = Pattern.compile("^(?:of|on|for)\\s+(?:the\\s+)?");
    private static final Pattern LEADING_COMMAS = Pattern.compile("^[\\s,]+");

    /** The string without the given characters at its end: "Yemen," → "Yemen". */
    static String trimEnd(String s, String chars) {
        int end = s.length();
        while (end > 0 && chars.indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        return end == s.length() ? s : s.substring(0, end);
    }

    private EventParser() {
    }

    static List<Event> parse(TextLines lines, int from) {
        List<Event> events = new ArrayList<>();
        if (from >= lines.size()) {
            return events;
        }
        // Event words are found in one pass over the source text: only the paragraphs around them are
        // split into lines, normalised and read.
        int[] hits = eventWordLines(lines, lines.start(from));
        int done = -1;
        for (int hit : hits) {
            if (hit <= done) {
                continue;
            }
            int start = hit;
            while (start > from && !lines.isBlank(start - 1)) {
                start--;
            }
            int end = hit;
            while (end < lines.size() && !lines.isBlank(end)) {
                end++;
            }
            if (end > start) {
                scan(paragraph(lines, start, end), events);
            }
            done = end;
        }
        return mergeCityNames(events);
    }

    /**
     * The lines (in order, once each) that hold an event word at or after {@code from}: one pass over the source
     * text, looking up each word start's first three letters. Wherever {@link #HEAD} matches, an event word starts.
     */
    static int[] eventWordLines(TextLines lines, int from) {
        java.util.BitSet found = new java.util.BitSet(lines.size());
        char[] text = lines.chars();
        for (int i = nextEventWord(text, from); i >= 0; ) {
            int line = lines.lineAt(i);
            found.set(line);
            i = nextEventWord(text, Math.max(i, lines.end(line)) + 1); // the line is taken: on to the next one
        }
        return found.stream().toArray();
    }

    /**
     * The first word start at or after {@code from} where an event word starts ({@link #eventWordAt}), or -1. Each
     * character's class bits and first three letters are looked up and combined without a branch; the scan
     * branches only at the rare candidate.
     */
    static int nextEventWord(char[] s, int from) {
        if (from >= s.length - 2) {
            return -1; // the last two characters start no event word: none is shorter than three letters
        }
        int previous = from > 0 ? CharClass.of(s[from - 1]) : CharClass.SPACE;
        for (int i = from; i < s.length - 2; i++) {
            int current = CharClass.of(s[i]);
            boolean candidate = (eventTriple(s, i) & ~previous & CharClass.WORD) != 0;
            previous = current;
            if (candidate && eventWordAt(s, i)) {
                return i;
            }
        }
        return -1;
    }

    /** The event words of {@link #HEAD}, in lower case. */
    static final List<String> EVENT_WORD_LIST = List.of("conference", "summit", "meeting", "session", "forum", "congress",
            "symposium", "dialogue", "workshop", "seminar", "consultations", "talks", "side event", "side-event", "segment",
            "round table", "roundtable", "round-table", "colloquium", "retreat");
    /** The event words by their first letter, in either case. */
    private static final char[][][] EVENT_WORDS = new char[128][][];
    /**
     * The event words' first three letters, as a set of bits indexed by {@link #tripleIndex}: a word start whose
     * three letters are none of these ("Council", "countries", "for", "security") is passed over at once.
     */
    private static final long[] EVENT_TRIPLES = new long[1 << 15 >> 6];

    static {
        for (String w : EVENT_WORD_LIST) {
            char c = w.charAt(0);
            char[][] old = EVENT_WORDS[c];
            char[][] grown = old == null ? new char[1][] : java.util.Arrays.copyOf(old, old.length + 1);
            grown[grown.length - 1] = w.toCharArray();
            EVENT_WORDS[c] = grown;
            EVENT_WORDS[Character.toUpperCase(c)] = grown;
            int t = tripleIndex(w.charAt(0), w.charAt(1), w.charAt(2));
            EVENT_TRIPLES[t >>> 6] |= 1L << t;
        }
    }

    /**
     * Three characters by their low five bits: an ASCII letter and its capital fall on the same index. Other
     * characters fall on some letter's index too, which gives a false candidate, never a missed one.
     */
    private static int tripleIndex(char a, char b, char c) {
        return (a & 31) << 10 | (b & 31) << 5 | c & 31;
    }

    /** 1 when an event word may start with the three characters at {@code i} of {@code s}, else 0; without a branch. */
    private static int eventTriple(char[] s, int i) {
        int t = tripleIndex(s[i], s[i + 1], s[i + 2]);
        return (int) (EVENT_TRIPLES[t >>> 6] >>> t) & 1;
    }

    /**
     * Whether an event word starts at {@code i}, in any case of its ASCII letters: a superset of where
     * {@link #HEAD}, which reads the first letter in either case, can match (the word boundaries are the caller's).
     */
    private static boolean eventWordAt(char[] s, int i) {
        char first = s[i];
        if (first >= 128 || EVENT_WORDS[first] == null) {
            return false;
        }
        for (char[] w : EVENT_WORDS[first]) {
            if (i + w.length <= s.length && sameIgnoringAsciiCase(s, i + 1, w)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code s} from {@code from} holds {@code w} without its first letter, a lower-case letter of {@code w} in either case. */
    private static boolean sameIgnoringAsciiCase(char[] s, int from, char[] w) {
        for (int k = 1; k < w.length; k++) {
            char c = s[from + k - 1];
            char expected = w[k];
            if (c != expected && (expected < 'a' || expected > 'z' || c != expected - ('a' - 'A'))) {
                return false;
            }
        }
        return true;
    }

    private static String paragraph(TextLines lines, int from, int to) {
        StringBuilder paragraph = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (lines.isNoise(k)) {
                continue;
            }
            String l = lines.get(k);
            if (paragraph.length() > 0) {
                char last = paragraph.charAt(paragraph.length() - 1);
                if (!(last == '-' && paragraph.length() > 1 && Character.isLetter(paragraph.charAt(paragraph.length() - 2)))) {
                    paragraph.append(' ');
                }
            }
            paragraph.append(l);
        }
        return paragraph.toString();
    }

    /**
     * "Tokyo Conference" and "Ministerial Conference on … held at Tokyo" are one event: a name made of a
     * city and the event word goes into the event of the same kind held in that city.
     */
    static List<Event> mergeCityNames(List<Event> all) {
        List<Event> out = new ArrayList<>();
        List<Event> weak = new ArrayList<>();
        for (Event e : all) {
            (e.name().startsWith(WEAK) ? weak : out).add(e);
        }
        for (Event w : weak) {
            String prefix = w.name().substring(WEAK.length()).toLowerCase(Locale.ROOT) + " ";
            for (int i = 0; i < out.size(); i++) {
                Event e = out.get(i);
                if (e.name().toLowerCase(Locale.ROOT).startsWith(prefix)) {
                    out.set(i, new Event(e.name(), e.startDate() != null ? e.startDate() : w.startDate(),
                            e.startDate() != null ? e.endDate() : w.endDate(), e.place() != null ? e.place() : w.place()));
                    break;
                }
            }
        }
        for (int i = 0; i < out.size(); i++) {
            String[] words = out.get(i).name().split(" ");
            if (words.length != 2) {
                continue;
            }
            for (int j = 0; j < out.size(); j++) {
                Event other = out.get(j);
                if (j != i && words[0].equals(other.place()) && other.name().contains(words[1])) {
                    Event keep = other;
                    Event gone = out.get(i);
                    out.set(Math.min(i, j), new Event(keep.name(), keep.startDate() != null ? keep.startDate() : gone.startDate(),
                            keep.startDate() != null ? keep.endDate() : gone.endDate(), keep.place()));
                    out.remove(Math.max(i, j));
                    i = -1;
                    break;
                }
            }
        }
        return out;
    }

    static void scan(String p, List<Event> events) {
        Matcher h = HEAD.matcher(p).useTransparentBounds(true).useAnchoringBounds(false);
        // HEAD is tried only where a word starts with an event word, as find() would meet them.
        char[] chars = p.toCharArray();
        for (int i = nextEventWord(chars, 0); i >= 0; ) {
            h.region(i, p.length());
            if (!h.lookingAt()) {
                i = nextEventWord(chars, i + 1);
                continue;
            }
            Event e = event(p, h.start(), h.end());
            if (e != null) {
                add(events, e);
            }
            i = nextEventWord(chars, h.end());
        }
    }

    private static Event event(String p, int headStart, int headEnd) {
        String head = p.substring(headStart, headEnd);
        if (headEnd < p.length() && p.charAt(headEnd) == 's' && !head.endsWith("s")) {
            return null;
        }
        // "the 2005 World Summit Outcome": the event word is part of a longer name, not its head.
        int nextWord = headEnd;
        while (nextWord < p.length() && p.charAt(nextWord) == ' ') {
            nextWord++;
        }
        if (nextWord > headEnd && nextWord < p.length() && Character.isUpperCase(p.charAt(nextWord))
                && !p.startsWith("In ", nextWord) && !p.startsWith("On ", nextWord)) {
            return null;
        }
        int start = leftEdge(p, headStart);
        int[] right = rightEdge(p, headEnd);
        int nameEnd = right[0];
        int after = right[1];
        String left = p.substring(start, headStart).trim();
        String complement = p.substring(headEnd, nameEnd).trim();
        if (ADOPTION_MEETING.matcher(p).region(0, start).matches()) {
            // "At the organizational session of the Human Rights Council, held on …, the President made …": the
            // meeting at which the document itself was adopted, like the adoption footer, is no event.
            return null;
        }
        boolean named = isNamed(head, left, complement);
        if (!named && left.isEmpty()) {
            return null;
        }
        String rest = p.substring(after, Math.min(p.length(), after + WINDOW));
        String before = p.substring(Math.max(0, start - 80), start);
        boolean properName = Character.isUpperCase(head.charAt(0)) || hasCapital(left);
        boolean verbBefore = HOLD_WORDS.contains(lastWord(before)) && endsWithHoldingVerb(before) && !PROPOSED.matcher(before).find();
        boolean session = head.equalsIgnoreCase("session") || head.equalsIgnoreCase("segment");
        boolean held = HOLD_AFTER.matcher(rest).lookingAt() || DATE_OR_PLACE_AFTER.matcher(rest).lookingAt() || verbBefore
                || !session && endsWithPeriod(before) && PERIOD_BEFORE.matcher(before).find()
                || !session && properName && PERIOD_AFTER.matcher(rest).lookingAt();
        if (!held) {
            return null;
        }
        if (!named) {
            // An unnamed mention ("the Community’s extraordinary summit in Ouagadougou in September") may still
            // give the place or dates of a named one: kept apart, merged later, never listed alone.
            String weak = Titles.clean(p.substring(start, nameEnd));
            if (weak == null || left.isEmpty()) {
                return null;
            }
            Event d = details(LEADING_ARTICLE.matcher(weak).replaceFirst(""), rest);
            return d.place() == null && d.startDate() == null ? null : new Event(WEAK + d.name(), d.startDate(), d.endDate(), d.place());
        }
        String name = Titles.clean(p.substring(start, nameEnd));
        if (name == null) {
            return null;
        }
        name = LEADING_ARTICLE.matcher(name).replaceFirst("");
        Event e = details(name, rest);
        if (e.startDate() == null && verbBefore) {
            // "from 5 to 9 November 2019, Indonesia and Colombia … organized an international workshop on …"
            String sentence = p.substring(sentenceStart(p, start), start);
            UnDates.Span span = holdingSpan(sentence);
            if (span != null) {
                e = new Event(e.name(), span.start(), span.end(), e.place());
            }
        }
        return e;
    }

    /** The words that {@link #HOLD_BEFORE} can end with: it is tried only where the text before a name ends with one. */
    private static final Set<String> HOLD_WORDS = Set.of("of", "the", "a", "an", "hold", "convene", "host", "organize",
            "hosted", "convened", "organized", "organised", "held");

    /**
     * How far back from its end {@link #HOLD_BEFORE} is looked for. Its words hold at most 20 letters ("decided to
     * organize the"), in at most five runs with white space between: a match longer than this would put two
     * white-space characters in a row into these last characters, and then the whole text is searched.
     */
    private static final int HOLD_BEFORE_REACH = 32;

    /** Whether {@link #HOLD_BEFORE} ends {@code before}: searched in its last characters only, where a match may start. */
    static boolean endsWithHoldingVerb(String before) {
        int from = Math.max(0, before.length() - HOLD_BEFORE_REACH);
        for (int k = from + 1; k < before.length(); k++) {
            if (CharClass.isSpace(before.charAt(k)) && CharClass.isSpace(before.charAt(k - 1))) {
                from = 0;
                break;
            }
        }
        if (from >= before.length()) {
            return false;
        }
        Matcher m = HOLD_BEFORE.matcher(before).useTransparentBounds(true);
        return HOLD_BEFORE_STARTS.firstMatch(m, before, from, before.length() - 1, before.length(), true) >= 0;
    }

    /** The holding verb before a name starts with one of its words' first letters (convening, holding, to, decided …). */
    private static final WordStarts HOLD_BEFORE_STARTS = new WordStarts("chotda");

    /** The letters right before the white space that ends {@code s} ("" when it does not end with white space). */
    private static String lastWord(String s) {
        int end = s.length();
        while (end > 0 && CharClass.isSpace(s.charAt(end - 1))) {
            end--;
        }
        if (end == s.length()) {
            return "";
        }
        int start = end;
        while (start > 0 && Character.isLetter(s.charAt(start - 1))) {
            start--;
        }
        return s.substring(start, end);
    }

    /** Whether {@code s} can end as {@link #PERIOD_BEFORE} requires: a year's digit or a possessive "s", then white space. */
    private static boolean endsWithPeriod(String s) {
        int end = s.length();
        while (end > 0 && CharClass.isSpace(s.charAt(end - 1))) {
            end--;
        }
        if (end == s.length() || end == 0) {
            return false;
        }
        char last = s.charAt(end - 1);
        return last == 's' || last >= '0' && last <= '9';
    }

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

    /** Whether a word is a month or a year ({@link #MONTH_OR_YEAR}); most words are told by their first letter. */
    private static boolean isMonthOrYear(String word) {
        return !word.isEmpty() && MONTH_OR_YEAR_INITIALS.indexOf(word.charAt(0)) >= 0 && MONTH_OR_YEAR.matcher(word).matches();
    }

    private static boolean isOrdinal(String lower) {
        return (lower.endsWith("th") || lower.endsWith("st") || lower.endsWith("nd") || lower.endsWith("rd"))
                && ORDINAL.matcher(lower).matches();
    }

    private static boolean hasCapital(String left) {
        for (String w : left.split(" ")) {
            if (!w.isEmpty() && (Character.isUpperCase(w.charAt(0)) && !ORDINAL.matcher(w).matches() || hasUpperCase(w) && w.contains("-"))) {
                return true;
            }
        }
        return false;
    }

    private static int sentenceStart(String p, int pos) {
        for (int i = pos - 2; i > 0; i--) {
            char c = p.charAt(i);
            if ((c == '.' || c == ';') && p.charAt(i + 1) == ' ' && i > 1 && Character.isLowerCase(p.charAt(i - 1))) {
                return i + 2;
            }
        }
        return 0;
    }

    private static final Pattern HOLDING_DATE_START = Pattern.compile("(?:^|\\b(?:on|from|between)\\s+)(?=\\d{1,2}\\s)");

    /** A date of holding before the name: "from 5 to 9 November 2019, Indonesia … organized"; not "resolution 71/3 of 5 October 2016". */
    private static UnDates.Span holdingSpan(String s) {
        Matcher d = HOLDING_DATE_START.matcher(s);
        UnDates.Span found = null;
        while (d.find()) {
            UnDates.Span span = UnDates.spanAt(s.substring(d.end()));
            if (span != null) {
                found = span;
            }
        }
        return found;
    }

    private static UnDates.Span firstSpan(String s) {
        Matcher d = DATE_START.matcher(s);
        while (d.find()) {
            UnDates.Span span = UnDates.spanAt(BETWEEN.matcher(s.substring(d.start())).replaceFirst("from "));
            if (span != null) {
                return span;
            }
        }
        return null;
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
    private static int[] rightEdge(String p, int headEnd) {
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
                return new int[]{nameEnd, pos};
            }
        }
        // Only "of", "on" and "for" open a complement: look before splitting words.
        if (!(p.startsWith("of ", peek) || p.startsWith("on ", peek) || p.startsWith("for ", peek))
                || DURATION.matcher(p.substring(peek, Math.min(p.length(), peek + 30))).lookingAt()) {
            return new int[]{nameEnd, pos};
        }
        String[] words = nextWords(p, pos, 28);
        if (words.length == 0) {
            return new int[]{nameEnd, pos};
        }
        String first = words[0];
        boolean complement = first.equals("of") || first.equals("on") || first.equals("for");
        if (!complement) {
            return new int[]{nameEnd, pos};
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
                if (!capitalNext || lower.equals("at") || place && !IN_TOPIC.contains(prevWord)) {
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
            return new int[]{nameEnd, pos};
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
        return new int[]{end, resume};
    }

    /** "for five days", "for two weeks", "for the first time": no complement of a name. */
    private static final Pattern DURATION = Pattern.compile(
            "^(?:for|on)\\s+(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|a\\s+(?:few|number)|the\\s+(?:first|second|third|last|next|same)|its|their|his|her)\\b");
    private static final Set<String> NAME_JOINERS = Set.of(
            "of", "the", "and", "for", "on", "to", "in", "with", "between", "against", "de", "&", "or", "a", "an", "among", "from");

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
        return count == max ? words : java.util.Arrays.copyOf(words, count);
    }

    /** A name says which event it is: a capitalised word, or a complement that names a body or a topic. */
    private static boolean isNamed(String head, String left, String complement) {
        boolean capitalHead = Character.isUpperCase(head.charAt(0));
        boolean capitalLeft = false;
        for (String w : left.split(" ")) {
            if (!w.isEmpty() && (Character.isUpperCase(w.charAt(0)) && !ORDINAL.matcher(w).matches() || hasUpperCase(w) && w.contains("-"))) {
                capitalLeft = true;
            }
        }
        if (!complement.isEmpty()) {
            String body = COMPLEMENT_START.matcher(complement).replaceFirst("").toLowerCase(Locale.ROOT);
            if (complement.startsWith("of") && GENERIC_BODIES.contains(body)) {
                return false;
            }
            return true;
        }
        if (capitalLeft) {
            return true;
        }
        // "Summit", "the Conference" alone: an anaphoric mention.
        return capitalHead && !left.isEmpty() && !ORDINAL.matcher(left).matches();
    }

    private static boolean hasUpperCase(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (Character.isUpperCase(w.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Dates and city from the phrases that follow the name: a chain of ", held", "on 5 and 6 December 2024",
     * "from 13 to 16 February", "in Baku, Azerbaijan", "at Geneva", "in 2019" … up to the first other word.
     */
    private static Event details(String name, String rest) {
        LocalDate start = null;
        LocalDate end = null;
        String place = null;
        String s = rest;
        for (int step = 0; step < 6; step++) {
            s = LEADING_COMMAS.matcher(s).replaceFirst("");
            if (s.isEmpty()) {
                break;
            }
            Matcher hold = HOLD_AFTER.matcher(s);
            if (hold.lookingAt() && hold.end() > 0) {
                s = s.substring(hold.end());
                continue;
            }
            Matcher skip = SKIP_PHRASE.matcher(s);
            if (skip.lookingAt()) {
                s = s.substring(skip.end());
                continue;
            }
            String lower = s.toLowerCase(Locale.ROOT);
            if (start == null && (lower.startsWith("on ") || lower.startsWith("from ") || lower.startsWith("between ")
                    || lower.startsWith("of ") && s.length() > 3 && Character.isDigit(s.charAt(3)) || Character.isDigit(s.charAt(0)))) {
                UnDates.Span span = UnDates.spanAt(BETWEEN_OR_OF.matcher(s).replaceFirst("from "));
                if (span != null) {
                    start = span.start();
                    end = span.end();
                    s = s.substring(Math.min(s.length(), span.length() + (lower.startsWith("between") ? 3 : 0)));
                    continue;
                }
            }
            Matcher yearless = YEARLESS.matcher(s);
            if (yearless.lookingAt()) {
                s = s.substring(yearless.end());
                continue;
            }
            Matcher period = PERIOD_AFTER.matcher(s);
            if (period.lookingAt()) {
                s = s.substring(period.end());
                continue;
            }
            Matcher island = ON_ISLAND.matcher(s);
            if (place == null && island.lookingAt()) {
                place = island.group(1);
                s = s.substring(island.end());
                continue;
            }
            Matcher pl = PLACE_AT.matcher(s);
            if (pl.lookingAt()) {
                String candidate = trimEnd(LEADING_THE.matcher(pl.group(1)).replaceFirst(""), ".’'");
                if (pl.group(1).startsWith("The Hague") || pl.group(1).startsWith("the Hague")) {
                    candidate = "The Hague";
                }
                if (place == null && isCity(candidate)) {
                    place = candidate;
                } else if (!isCountry(candidate) && !candidate.equals("The Hague") && place == null) {
                    break;
                }
                s = s.substring(pl.end());
                // "in Baku, Azerbaijan": the country after the city is no part of the place.
                Matcher country = COUNTRY_AFTER.matcher(s);
                if (country.lookingAt() && isCountry(country.group(1))) {
                    s = s.substring(country.end());
                }
                continue;
            }
            break;
        }
        return new Event(name, start, end, place);
    }

    private static int sentenceEnd(String s) {
        for (int i = 0; i + 1 < s.length(); i++) {
            char c = s.charAt(i);
            if ((c == '.' || c == ';') && s.charAt(i + 1) == ' ' && (i == 0 || !Character.isUpperCase(s.charAt(i - 1)) || i > 1 && Character.isLetter(s.charAt(i - 2)))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isCity(String candidate) {
        String c = candidate.toLowerCase(Locale.ROOT);
        if (NOT_PLACES.contains(c) || isCountry(candidate) || isMonthOrYear(candidate.split(" ")[0])) {
            return false;
        }
        for (String bad : new String[]{"united nations", "accordance", "conjunction", "cooperation", "partnership", "collaboration",
                "support", "preparation", "response", "connection", "my ", "his ", "her ", "its ", "their ", "government",
                "ministry", "office", "headquarters", "council", "assembly", "committee", "commission", "conference", "republic"}) {
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

    /**
     * One entry per event in order of first mention: mentions of the same name merge their dates and place,
     * a short name that begins a longer one is the same event, but the same name on different dates is
     * another meeting of the same body.
     */
    private static void add(List<Event> events, Event e) {
        String b = e.name().toLowerCase(Locale.ROOT);
        for (int i = 0; i < events.size(); i++) {
            Event x = events.get(i);
            String a = x.name().toLowerCase(Locale.ROOT);
            boolean same = a.equals(b);
            boolean prefix = !same && (a.startsWith(b + " ") || b.startsWith(a + " "));
            if (!same && !prefix) {
                continue;
            }
            if (x.startDate() != null && e.startDate() != null && !x.startDate().equals(e.startDate())) {
                continue;
            }
            Event longer = a.length() >= b.length() ? x : e;
            Event shorter = longer == x ? e : x;
            events.set(i, new Event(longer.name(),
                    longer.startDate() != null ? longer.startDate() : shorter.startDate(),
                    longer.startDate() != null ? longer.endDate() : shorter.endDate(),
                    longer.place() != null ? longer.place() : shorter.place()));
            return;
        }
        events.add(e);
    }
}
