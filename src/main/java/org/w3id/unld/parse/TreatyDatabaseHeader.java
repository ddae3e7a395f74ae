package org.w3id.unld.parse;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The header that the treaty bodies' database (OHCHR, 1990s–2000s web pages, still copied widely) printed over a
 * document, in place of or above its masthead:
 * <pre>
 * Comunicación Nº 746/1997 : Chile. 04/08/99.
 * CCPR/C/66/D/746/1997. (Jurisprudence)
 *
 * Convention Abbreviation: CCPR
 * </pre>
 * It is the database's record, not the document's text: its lines are taken out, and where no masthead above names the
 * symbol, the symbol and the date it gives are set in their place as a masthead prints them.
 */
final class TreatyDatabaseHeader {
    private static final int HEAD_LINES = 20;
    /** "Title : Country. 04/08/99." or "… : Guinea. 31/01/2000." */
    private static final Pattern RECORD_LINE = Pattern.compile("^.{3,300}? : [^.:]{2,80}\\. (\\d{2})/(\\d{2})/(\\d{2}|\\d{4})\\.\\s*$");
    /** "CCPR/C/66/D/746/1997. (Jurisprudence)", "CERD/C/SR.1370. (Summary Record)". */
    private static final Pattern SYMBOL_LINE = Pattern.compile("^([A-Z][A-Za-z0-9./()\\-]{3,60})\\. \\((?:[A-Z][A-Za-z/ ]{2,40})\\)\\s*$");
    private static final Pattern ABBREVIATION_LINE = Pattern.compile("^Convention Abbreviation: [A-Z]{2,6}\\s*$");
    private static final DateTimeFormatter PRINTED = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private TreatyDatabaseHeader() {
    }

    static String restore(String text) {
        if (!text.contains(". (")) {
            return text; // nearly every text
        }
        String[] lines = text.split("\n", HEAD_LINES + 1);
        int limit = Math.min(lines.length, HEAD_LINES) - 1;
        for (int i = 0; i < limit; i++) {
            Matcher record = RECORD_LINE.matcher(lines[i]);
            Matcher symbol = SYMBOL_LINE.matcher(lines[i + 1]);
            if (!record.matches() || !symbol.matches()) {
                continue;
            }
            LocalDate date = date(record);
            StringBuilder above = new StringBuilder();
            for (int k = 0; k < i; k++) {
                above.append(lines[k]).append('\n');
            }
            boolean mastheadAbove = above.indexOf(symbol.group(1)) >= 0;
            StringBuilder out = new StringBuilder(above);
            if (!mastheadAbove) {
                out.append(symbol.group(1)).append('\n');
                if (date != null) {
                    out.append(PRINTED.format(date)).append('\n');
                }
            }
            for (int k = i + 2; k < lines.length; k++) {
                if (k < HEAD_LINES && ABBREVIATION_LINE.matcher(lines[k]).matches()) {
                    continue;
                }
                out.append(lines[k]);
                if (k < lines.length - 1) {
                    out.append('\n');
                }
            }
            return out.toString();
        }
        return text;
    }

    /** The record's date, day first ("04/08/99"); a two-digit year is of the UN's time (1946 on). */
    private static LocalDate date(Matcher record) {
        int day = Integer.parseInt(record.group(1));
        int month = Integer.parseInt(record.group(2));
        int year = Integer.parseInt(record.group(3));
        if (record.group(3).length() == 2) {
            year += year >= 46 ? 1900 : 2000;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }
}
