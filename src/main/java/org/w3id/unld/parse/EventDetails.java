package org.w3id.unld.parse;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When and where an event is held, as the phrases after its name say: a chain of ", held", "on 5 and 6 December
 * 2024", "from 13 to 16 February", "in Baku, Azerbaijan", "at Geneva", "in 2019" … up to the first other word.
 * A day without a year is no date (the conventions say so), but part of the chain. Failing a date after the name,
 * a date of holding before it: "from 5 to 9 November 2019, Indonesia and Colombia … organized a workshop on …".
 */
final class EventDetails {
    private static final Pattern LEADING_COMMAS = Pattern.compile("^[\\s,]+");
    /** Phrases between a name and its dates that say nothing of them: "under the auspices of …", "by the Government of …". */
    private static final Pattern SKIP_PHRASE = Pattern.compile(
            "^(?:under\\s+the\\s+auspices\\s+of|by|with|jointly\\s+with|in\\s+cooperation\\s+with|in\\s+collaboration\\s+with|virtually|online|successfully|recently)\\b[^,;.]{0,80}?(?=,|\\s+(?:on|from|in|at)\\s)");
    /**
     * A building or a seat, not the city: "at the Palais des Nations", "at the Vienna International Centre", "at the
     * headquarters of the United Nations Environment Programme (UNEP)". Part of the chain; the city may follow it.
     */
    private static final Pattern VENUE = Pattern.compile(
            "^(?:at|in)\\s+(?:the\\s+)?(?:(?:headquarters|seat|premises)\\s+of\\s+(?:the\\s+)?[^,;.()]{1,80}?(?:\\s*\\([^()]{1,20}\\))?"
                    + "|(?:\\p{Lu}[\\p{L}'’\\-]*\\s+){0,5}(?:Palais|Palace|Hotel|Centre|Center|Hall|House|Building|Headquarters|Office)"
                    + "(?:\\s+(?:des|de|du|of)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}'’\\-]*(?:\\s+\\p{Lu}[\\p{L}'’\\-]*){0,3})?)"
                    // "at the Palace of Serbia, Belgrade, from 19 to 21 November", "at the United Nations Office at Geneva from …":
                    // the city after the building.
                    + "(?:(?:\\s*,\\s*|\\s+(?:at|in)\\s+)(\\p{Lu}[\\p{L}'’\\-]*(?:\\s+\\p{Lu}[\\p{L}'’\\-]*)?)(?=\\s*[,;.]|\\s+(?:on|from|in)\\s))?"
                    + "(?=\\s*[,;.]|\\s+(?:in|on|from|at)\\s)");
    /** A day or days without a year: no date (the conventions say so), but part of the chain after a name. */
    private static final Pattern YEARLESS = Pattern.compile(
            "^(?:on|from|between)?\\s*\\d{1,2}(?:\\s+" + UnDates.MONTH + ")?(?:\\s*(?:to|and|-|–)\\s*\\d{1,2})?\\s+" + UnDates.MONTH + "\\b(?!,?\\s+\\d{4})");
    private static final Pattern BETWEEN_OR_OF = Pattern.compile("^(?:between|of)\\s+");
    private static final Pattern HOLDING_DATE_START = Pattern.compile("(?:^|\\b(?:on|from|between)\\s+)(?=\\d{1,2}\\s)");

    /** The dates and city of an event; each null where the text does not say. */
    record Held(LocalDate start, LocalDate end, String place) {
        /** Whether the text says when or where: a start date or a city. */
        boolean saysWhenOrWhere() {
            return start != null || place != null;
        }

        /** These dates and place, each completed by the other's where this one has none. */
        Held completedBy(Held other) {
            return new Held(start != null ? start : other.start, start != null ? end : other.end, place != null ? place : other.place);
        }
    }

    private EventDetails() {
    }

    /** The dates and city that the phrases at the start of {@code rest}, the text after a name, say. */
    static Held after(String rest) {
        LocalDate start = null;
        LocalDate end = null;
        String place = null;
        String country = null; // the place when the text names no city
        String s = rest;
        for (int step = 0; step < 6; step++) {
            s = LEADING_COMMAS.matcher(s).replaceFirst("");
            if (s.isEmpty()) {
                break;
            }
            Matcher hold = EventHolding.HOLD_AFTER.matcher(s);
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
            Matcher period = EventHolding.PERIOD_AFTER.matcher(s);
            if (period.lookingAt()) {
                s = s.substring(period.end());
                continue;
            }
            Matcher venue = VENUE.matcher(s);
            if (venue.lookingAt()) {
                if (venue.group(1) != null && place == null && EventPlace.isCity(venue.group(1))) {
                    place = venue.group(1);
                }
                s = s.substring(venue.end());
                continue;
            }
            EventPlace.Phrase where = EventPlace.at(s, place != null);
            if (where == null) {
                break;
            }
            if (where.city() != null) {
                place = where.city();
            } else if (where.country() != null && country == null) {
                country = where.country();
            }
            s = s.substring(where.length());
        }
        return new Held(start, end, place != null ? place : country);
    }

    /**
     * The date of holding in the sentence of {@code paragraph} before {@code nameStart}: "from 5 to 9 November 2019,
     * Indonesia … organized"; not "resolution 71/3 of 5 October 2016". Null when there is none.
     */
    static UnDates.Span before(String paragraph, int nameStart) {
        String sentence = paragraph.substring(sentenceStart(paragraph, nameStart), nameStart);
        Matcher d = HOLDING_DATE_START.matcher(sentence);
        UnDates.Span found = null;
        while (d.find()) {
            UnDates.Span span = UnDates.spanAt(sentence.substring(d.end()));
            if (span != null) {
                found = span;
            }
        }
        return found;
    }

    /** Where the sentence that holds {@code pos} starts: after a full stop or semicolon that follows a small letter. */
    private static int sentenceStart(String p, int pos) {
        for (int i = pos - 2; i > 0; i--) {
            char c = p.charAt(i);
            if ((c == '.' || c == ';') && p.charAt(i + 1) == ' ' && i > 1 && Character.isLowerCase(p.charAt(i - 1))) {
                return i + 2;
            }
        }
        return 0;
    }
}
