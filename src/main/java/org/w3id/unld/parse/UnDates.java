package org.w3id.unld.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as UN documents print them: "27 December 2024", "5 and 6 December 2024",
 * "from 13 to 16 February 2012", "30 November to 2 December 2024", "5–7 October 2022",
 * "27 January-26 July 2000". Day first, month in words, four-digit year; a date without a year is no
 * date (the conventions say so: it is null).
 */
public final class UnDates {
    private static final Map<String, Integer> MONTHS = new HashMap<>();
    public static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December"
            + "|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)";
    /** "27 December 2024", "1st December 2024"; groups: day, month, year. */
    public static final Pattern DATE = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(" + MONTH + "),?\\s+(\\d{4})\\b");
    private static final Pattern WHOLE_DATE = Pattern.compile("^(\\d{1,2})(?:st|nd|rd|th)?\\s+(" + MONTH + "),?\\s+(\\d{4})$");
    /** The months' names in French and Spanish, as mastheads print them (with their accents or without). */
    static final String FRENCH_OR_SPANISH_MONTH = "(?:janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre"
            + "|octobre|novembre|décembre|decembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre"
            + "|noviembre|diciembre)";
    /** The days of the week as a record's day line prints them, in English, French and Spanish. */
    static final String WEEKDAY_EN = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    static final String WEEKDAY_FR = "(?:Lundi|Mardi|Mercredi|Jeudi|Vendredi|Samedi|Dimanche)";
    static final String WEEKDAY_ES = "(?:Lunes|Martes|Mi[ée]rcoles|Jueves|Viernes|S[áa]bado|Domingo)";
    /** A day of the week in any of the three languages (case-insensitive use: "lundi", "MIERCOLES"). */
    static final String WEEKDAY = "(?:" + WEEKDAY_EN + "|" + WEEKDAY_FR + "|" + WEEKDAY_ES + ")";
    /** A month's name in English, French or Spanish (case-insensitive use). */
    static final String ANY_MONTH = "(?:" + MONTH + "|" + FRENCH_OR_SPANISH_MONTH + ")";
    /** A masthead date in French or Spanish: "3 mars 2024", "1er mars 2024", "3 de marzo de 2024", "1º de febrero de 2006"; groups: day, month, year. */
    public static final Pattern FRENCH_OR_SPANISH_DATE = Pattern.compile("(?iu)\\b(\\d{1,2})(?:er|º|°)?\\s+(?:de\\s+)?"
            + "(" + FRENCH_OR_SPANISH_MONTH + ")\\s+(?:de\\s+)?(\\d{4})\\b");
    /** "December 27, 2024" (rare in UN text, common in annexed letters). */
    private static final Pattern US_DATE = Pattern.compile("\\b(" + MONTH + ")\\s+(\\d{1,2}),\\s+(\\d{4})\\b");
    private static final String DASH = "\\s*[-–—‐‑−]\\s*";
    /** Day ranges within a month: "5 and 6 December 2024", "13 to 16 February 2012", "5–7 October 2022". */
    private static final Pattern DAY_RANGE = Pattern.compile(
            "^(?:from\\s+|on\\s+)?(\\d{1,2})(?:\\s+(?:and|to|until|through)\\s+|" + DASH + ")(\\d{1,2})\\s+(" + MONTH + "),?\\s+(\\d{4})");
    /** Ranges across months: "30 November to 2 December 2024", "27 January-26 July 2000". */
    private static final Pattern MONTH_RANGE = Pattern.compile(
            "^(?:from\\s+|on\\s+)?(\\d{1,2})\\s+(" + MONTH + ")(?:\\s+(\\d{4}))?(?:\\s+(?:to|until|through|and)\\s+|" + DASH + ")(\\d{1,2})\\s+(" + MONTH + "),?\\s+(\\d{4})");
    private static final Pattern SINGLE = Pattern.compile("^(?:from\\s+|on\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(" + MONTH + "),?\\s+(\\d{4})");
    /** A month in words or a year 1900–2099, alone. */
    private static final Pattern MONTH_OR_YEAR = Pattern.compile("^(?:" + MONTH + "|(?:19|20)\\d\\d)$");
    /** The first letters of the months (in either spelling of {@link #MONTH}) and of the years 1900–2099. */
    private static final String MONTH_OR_YEAR_INITIALS = "JFMASOND12";

    static {
        String[] names = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
                "october", "november", "december"};
        String[] french = {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
                "novembre", "décembre"};
        String[] spanish = {"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
                "noviembre", "diciembre"};
        for (int i = 0; i < names.length; i++) {
            MONTHS.put(names[i], i + 1);
            MONTHS.put(french[i], i + 1);
            MONTHS.put(spanish[i], i + 1);
        }
        MONTHS.put("fevrier", 2);
        MONTHS.put("aout", 8);
        MONTHS.put("decembre", 12);
        MONTHS.put("setiembre", 9);
    }

    private UnDates() {
    }

    /** Each month's names in English, French and Spanish (lower case, with and without accents), to its number. */
    static Map<String, Integer> monthsByName() {
        return Map.copyOf(MONTHS);
    }

    /** A span of days: a one-day span has end = start. */
    public record Span(LocalDate start, LocalDate end, int length) {
    }

    /** The date a whole string is ("27 December 2024"), or null. */
    public static LocalDate parse(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = WHOLE_DATE.matcher(text.trim());
        if (m.matches()) {
            return of(m.group(3), m.group(2), m.group(1));
        }
        return null;
    }

    /** The first date anywhere in the text, or null. */
    public static LocalDate find(String text) {
        Matcher m = DATE.matcher(text);
        while (m.find()) {
            LocalDate d = of(m.group(3), m.group(2), m.group(1));
            if (d != null) {
                return d;
            }
        }
        Matcher us = US_DATE.matcher(text);
        if (us.find()) {
            return of(us.group(3), us.group(1), us.group(2));
        }
        return null;
    }

    /** The date or range of dates that the text starts with, or null. */
    public static Span spanAt(String text) {
        Matcher m = MONTH_RANGE.matcher(text);
        if (m.find()) {
            String startYear = m.group(3) != null ? m.group(3) : m.group(6);
            LocalDate start = of(startYear, m.group(2), m.group(1));
            LocalDate end = of(m.group(6), m.group(5), m.group(4));
            if (start != null && end != null && !end.isBefore(start)) {
                return new Span(start, end, m.end());
            }
        }
        m = DAY_RANGE.matcher(text);
        if (m.find()) {
            LocalDate start = of(m.group(4), m.group(3), m.group(1));
            LocalDate end = of(m.group(4), m.group(3), m.group(2));
            if (start != null && end != null && !end.isBefore(start)) {
                return new Span(start, end, m.end());
            }
        }
        m = SINGLE.matcher(text);
        if (m.find()) {
            LocalDate d = of(m.group(3), m.group(2), m.group(1));
            if (d != null) {
                return new Span(d, d, m.end());
            }
        }
        return null;
    }

    /** Whether a word is a month or a year ("December", "DECEMBER", "2024"); most words are told by their first letter. */
    static boolean isMonthOrYear(String word) {
        return !word.isEmpty() && MONTH_OR_YEAR_INITIALS.indexOf(word.charAt(0)) >= 0 && MONTH_OR_YEAR.matcher(word).matches();
    }

    static LocalDate of(String year, String month, String day) {
        Integer mo = MONTHS.get(month.toLowerCase(Locale.ROOT));
        if (mo == null) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(year), mo, Integer.parseInt(day));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
