package org.w3id.unld.parse;

import org.w3id.unld.model.Event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Named conferences, summits, meetings and sessions that the text says were or will be held: "the
 * Second International Conference on “…”, held on 5 and 6 December 2024 in Baku, Azerbaijan". The name
 * is a capitalised phrase led by an event word (Conference, Summit, Meeting, Forum, …); dates and place
 * are read after "held". Generic references ("the meeting held on …"), wars and observance days are
 * not events.
 */
final class EventParser {
    private static final Pattern TRIGGER = Pattern.compile(
            "(?:,\\s*(?:which|that)\\s+(?:was|were|is|will\\s+be|had\\s+been|has\\s+been)\\s+|,\\s*|\\s+)(?:to\\s+be\\s+|being\\s+|was\\s+|were\\s+|will\\s+be\\s+)?"
                    + "(held|convened|hosted|took\\s+place|will\\s+take\\s+place|to\\s+take\\s+place|taking\\s+place)\\b");
    private static final Pattern HEAD = Pattern.compile(
            "\\b(?:Conference|Summit|Meeting|Forum|Congress|Symposium|Dialogue|Session|Assembly|Workshop|Seminar|Consultations?|Round\\s?[Tt]able|Colloquium|Retreat)s?\\b");
    private static final Set<String> NAME_GLUE = Set.of("of", "and", "for", "on", "the", "in", "to", "de", "against", "&", "or");
    private static final Pattern ORDINAL_SESSION = Pattern.compile(
            "(?:" + Ordinals.PATTERN + "|\\d{1,3}(?:st|nd|rd|th))\\s+(?:(?:regular|special|extraordinary|ordinary|annual|high-level|plenary|resumed|ministerial)\\s+)?(?:session|meeting|summit)\\s+of\\s+(?:the\\s+)?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PLACE = Pattern.compile(
            "^(?:in|at|on)\\s+((?:the\\s+)?\\p{Lu}[\\p{L}'’.\\-]*(?:\\s+(?:\\p{Lu}[\\p{L}'’.\\-]*|de|da|del|es|al|upon|sur|am|im)){0,4})");
    private static final Pattern LOOSE_DATE = Pattern.compile(
            "^(?:in|during)\\s+(?:(?:early|mid|late)[\\s\\-])?(?:" + UnDates.MONTH + "\\s+)?(?:19|20)\\d\\d\\b|^(?:in|on)\\s+\\d{1,2}\\s+" + UnDates.MONTH + "\\b(?!,?\\s+\\d{4})|^(?:from|on)\\s+\\d{1,2}\\s+(?:to|and)\\s+\\d{1,2}\\s+" + UnDates.MONTH + "\\b(?!,?\\s+\\d{4})");
    private static final Pattern FOOTNOTE_AFTER = Pattern.compile("^[,.;]?\\s?\\d{1,3}\\b(?=\\s|$|,)");
    private static final int BACK = 260;
    /** What may follow "held" when it says where or when an event was held (not "held talks", "held its session"). */
    private static final Pattern PASSIVE_NEXT = Pattern.compile(
            "^\\s*(?:[,.;:()]|\\d|(?:on|in|at|from|during|between|under|by|over|via|virtually|online|last|this|next|annually|each|every|back-to-back|as|since|until|through|throughout|before|after|jointly|simultaneously|twice|once|recently|successfully|earlier|later|respectively)\\b)");
    private static final Pattern TAIL_WORD = Pattern.compile("^(?:\\p{Lu}.*|\\d.*|of|and|for|on|the|in|to|de|against|or|at|with|&|des|du|la|le|et|sur|y|del|-|–)$");

    private EventParser() {
    }

    static List<Event> parse(TextLines lines, int from) {
        List<Event> events = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        for (int i = from; i <= lines.size(); i++) {
            boolean end = i == lines.size() || lines.isBlank(i);
            if (!end) {
                if (lines.isNoise(i)) {
                    continue;
                }
                String l = lines.get(i);
                if (paragraph.length() > 0) {
                    char last = paragraph.charAt(paragraph.length() - 1);
                    if (!(last == '-' && paragraph.length() > 1 && Character.isLetter(paragraph.charAt(paragraph.length() - 2)))) {
                        paragraph.append(' ');
                    }
                }
                paragraph.append(l);
                continue;
            }
            if (paragraph.length() > 0) {
                scan(paragraph.toString(), events);
                paragraph.setLength(0);
            }
        }
        return events;
    }

    static void scan(String p, List<Event> events) {
        if (p.indexOf("held") < 0 && p.indexOf("conven") < 0 && p.indexOf("place") < 0 && p.indexOf("hosted") < 0
                && p.indexOf("organized") < 0) {
            return;
        }
        Matcher t = TRIGGER.matcher(p);
        while (t.find()) {
            Event e = event(p, t.start(), t.end());
            if (e != null) {
                add(events, e);
            }
        }
    }

    private static Event event(String p, int triggerStart, int triggerEnd) {
        if (!PASSIVE_NEXT.matcher(p.substring(triggerEnd, Math.min(p.length(), triggerEnd + 40))).lookingAt()) {
            return null;
        }
        int from = Math.max(0, triggerStart - BACK);
        String before = p.substring(from, triggerStart);
        // The name ends at the trigger; a sentence or clause break inside it means the event word is elsewhere.
        Matcher h = HEAD.matcher(before);
        int headStart = -1;
        int headEnd = -1;
        while (h.find()) {
            headStart = h.start();
            headEnd = h.end();
        }
        if (headStart < 0) {
            return null;
        }
        String tail = before.substring(headEnd);
        if (tail.contains(". ") || tail.contains("; ") || tail.length() > 200 || hasUnquotedComma(tail) || !isNameTail(tail)) {
            return null;
        }
        int start = nameStart(before, headStart);
        if (start < 0) {
            return null;
        }
        String name = before.substring(start).trim();
        name = name.replaceAll("[,\\s]+$", "");
        name = name.replaceFirst("^(?:The|the)\\s+", "");
        name = Titles.clean(name);
        if (name == null || name.length() < 6 || !Character.isUpperCase(name.charAt(0)) && !Character.isDigit(name.charAt(0))
                && !ORDINAL_SESSION.matcher(name.substring(0, Math.min(name.length(), 60))).lookingAt()) {
            return null;
        }
        if (name.indexOf(' ') < 0 || MastheadParser.ORGANS.containsKey(name.toLowerCase(Locale.ROOT))) {
            // "Summit" alone, "the General Assembly": a word or an organ, not a named event.
            return null;
        }
        return after(name, p.substring(triggerEnd, Math.min(p.length(), triggerEnd + 240)));
    }

    /** What stands between the event word and "held" must still be the name: capitalised words, glue, quotes, parentheses. */
    private static boolean isNameTail(String tail) {
        int depth = 0;
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= tail.length(); i++) {
            char c = i < tail.length() ? tail.charAt(i) : ' ';
            if (c == '“' || c == '(' || c == '"' && depth == 0) {
                depth++;
                continue;
            }
            if ((c == '”' || c == ')' || c == '"') && depth > 0) {
                depth--;
                continue;
            }
            if (depth > 0) {
                continue;
            }
            if (c == ' ' || c == ',') {
                if (word.length() > 0) {
                    String w = word.toString();
                    word.setLength(0);
                    if (!TAIL_WORD.matcher(w).matches()) {
                        return false;
                    }
                }
                continue;
            }
            word.append(c);
        }
        return true;
    }

    private static boolean hasUnquotedComma(String s) {
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '“' || c == '(') {
                depth++;
            } else if ((c == '”' || c == ')') && depth > 0) {
                depth--;
            } else if (c == ',' && depth == 0 && i < s.length() - 1) {
                return true;
            }
        }
        return false;
    }

    /** Walks back from the event word over capitalised words and name glue ("of", "and", "the") to the name's first word. */
    private static int nameStart(String before, int headStart) {
        int start = headStart;
        int pos = headStart;
        while (pos > 0) {
            int wordEnd = pos;
            while (wordEnd > 0 && before.charAt(wordEnd - 1) == ' ') {
                wordEnd--;
            }
            int wordStart = wordEnd;
            while (wordStart > 0 && !Character.isWhitespace(before.charAt(wordStart - 1))) {
                wordStart--;
            }
            if (wordStart == wordEnd) {
                break;
            }
            String word = before.substring(wordStart, wordEnd);
            char c = word.charAt(0);
            if (Character.isUpperCase(c) || Character.isDigit(c) && word.length() <= 4 || c == '“') {
                if (word.endsWith(",") || word.endsWith(".") || word.endsWith(";") || word.endsWith(":")) {
                    break;
                }
                start = wordStart;
                pos = wordStart;
                continue;
            }
            if (NAME_GLUE.contains(word.toLowerCase(Locale.ROOT)) && !word.equals("the")) {
                // Glue counts only between capitalised words: look one word further back.
                int prevEnd = wordStart;
                while (prevEnd > 0 && before.charAt(prevEnd - 1) == ' ') {
                    prevEnd--;
                }
                int prevStart = prevEnd;
                while (prevStart > 0 && !Character.isWhitespace(before.charAt(prevStart - 1))) {
                    prevStart--;
                }
                if (prevStart < prevEnd && Character.isUpperCase(before.charAt(prevStart))
                        && !before.substring(prevStart, prevEnd).matches(".*[,.;:]$")) {
                    start = prevStart;
                    pos = prevStart;
                    continue;
                }
            }
            break;
        }
        // "the first meeting of the Conference of the Parties": an ordinal session or meeting of a named body.
        String window = before.substring(Math.max(0, start - 80), start);
        int cut = -1;
        for (int k = 0; k < window.length(); k++) {
            if (k == 0 || window.charAt(k - 1) == ' ') {
                Matcher w = ORDINAL_SESSION.matcher(window.substring(k));
                if (w.matches()) {
                    cut = k;
                    break;
                }
            }
        }
        if (cut >= 0) {
            start = Math.max(0, start - 80) + cut;
        }
        return start;
    }

    /** Reads dates and place after the trigger: "on 5 and 6 December 2024 in Baku, Azerbaijan". */
    private static Event after(String name, String text) {
        LocalDate start = null;
        LocalDate end = null;
        String place = null;
        String s = text;
        for (int step = 0; step < 4; step++) {
            s = s.replaceFirst("^[\\s,]+", "");
            Matcher fn = FOOTNOTE_AFTER.matcher(s);
            if (fn.find() && step > 0) {
                break;
            }
            String lower = s.toLowerCase(Locale.ROOT);
            if (start == null && (lower.startsWith("on ") || lower.startsWith("from ") || Character.isDigit(s.isEmpty() ? 'x' : s.charAt(0)))) {
                UnDates.Span span = UnDates.spanAt(s);
                if (span != null) {
                    start = span.start();
                    end = span.end();
                    s = s.substring(span.length());
                    continue;
                }
            }
            Matcher loose = LOOSE_DATE.matcher(s);
            if (loose.find()) {
                s = s.substring(loose.end());
                continue;
            }
            Matcher pl = PLACE.matcher(s);
            if (place == null && pl.find()) {
                String candidate = pl.group(1).replaceFirst("^the\\s+", "");
                if (isPlace(candidate)) {
                    place = candidate.replaceAll("[.]$", "");
                    s = s.substring(pl.end());
                    // "in Baku, Azerbaijan": the country after the city is not part of the place.
                    Matcher country = Pattern.compile("^,\\s*(?:the\\s+)?\\p{Lu}[\\p{L}'’\\-]*(?:\\s+(?:\\p{Lu}[\\p{L}'’\\-]*|of|and|the)){0,6}(?=\\s*(?:,|\\(|$|\\s+(?:on|from|in)\\b))").matcher(s);
                    if (country.find()) {
                        s = s.substring(country.end());
                    }
                    continue;
                }
            }
            if (lower.startsWith("by ") || lower.startsWith("under ")) {
                // "convened by the Secretary-General", "held under the auspices of …": skip the phrase.
                int comma = s.indexOf(',');
                int on = lower.indexOf(" on ");
                int cut = comma < 0 ? on : on < 0 ? comma : Math.min(comma, on);
                if (cut > 0 && cut < 120) {
                    s = s.substring(cut + (cut == on ? 1 : 0));
                    continue;
                }
            }
            break;
        }
        return new Event(name, start, end, place);
    }

    private static boolean isPlace(String candidate) {
        String c = candidate.toLowerCase(Locale.ROOT);
        return !(c.startsWith("united nations") || c.startsWith("january") || c.startsWith("february") || c.startsWith("march")
                || c.startsWith("april") || c.startsWith("may") || c.startsWith("june") || c.startsWith("july")
                || c.startsWith("august") || c.startsWith("september") || c.startsWith("october") || c.startsWith("november")
                || c.startsWith("december") || c.startsWith("accordance") || c.startsWith("conjunction") || c.startsWith("cooperation")
                || c.startsWith("partnership") || c.startsWith("collaboration") || c.startsWith("support") || c.startsWith("preparation")
                || c.startsWith("response") || c.startsWith("connection") || c.startsWith("line") || c.startsWith("person")
                || c.startsWith("my ") || c.startsWith("his ") || c.startsWith("her ") || c.startsWith("its "));
    }

    private static void add(List<Event> events, Event e) {
        for (int i = 0; i < events.size(); i++) {
            Event x = events.get(i);
            String a = x.name().toLowerCase(Locale.ROOT);
            String b = e.name().toLowerCase(Locale.ROOT);
            if (!a.equals(b) && (a.startsWith(b) || b.startsWith(a))) {
                // One mention names the event in full, another in short: keep the full name, and the details known.
                Event longer = a.length() >= b.length() ? x : e;
                Event shorter = longer == x ? e : x;
                events.set(i, new Event(longer.name(),
                        longer.startDate() != null ? longer.startDate() : shorter.startDate(),
                        longer.startDate() != null ? longer.endDate() : shorter.endDate(),
                        longer.place() != null ? longer.place() : shorter.place()));
                return;
            }
            if (a.equals(b)) {
                if (x.startDate() == null && e.startDate() != null || x.place() == null && e.place() != null && x.startDate() == null) {
                    events.set(i, e);
                }
                return;
            }
        }
        events.add(e);
    }
}
