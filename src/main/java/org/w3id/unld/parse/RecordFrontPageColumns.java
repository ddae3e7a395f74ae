package org.w3id.unld.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The front page of a General Assembly plenary record in the Official Records (1946 to the 1990s), whose two columns a
 * scan's text ran together word by word:
 * <pre>
 * 1839th GENERAL PLENARY MEETING (Opening meeting) ASSEMBLY Tuesday, 15 September 1970, TWENTY-FIFTH SESSION at 3 p.m.
 * Official Records NEW YORK
 * </pre>
 * The left column ("GENERAL ASSEMBLY", the session, "Official Records") is put back on lines of its own above the right
 * column's meeting line, date and place, so that the masthead and meeting readers see the page as printed. Other texts
 * come back unchanged.
 */
final class RecordFrontPageColumns {
    /** How far into the text the front page's columns reach. */
    private static final int HEAD = 400;
    /** The meeting's number at the start, "GENERAL" between it and "PLENARY MEETING", "ASSEMBLY" further on. */
    private static final Pattern MEETING_SPLIT_BY_ORGAN = Pattern.compile(
            "^(\\d{1,4}(?:st|nd|rd|th)) GENERAL (PLENARY MEETING\\b.*?) ASSEMBLY (.*)$", Pattern.DOTALL);
    private static final Pattern SESSION = Pattern.compile(
            "\\s*\\b((?:" + Ordinals.PATTERN + "|(?:FIRST|SECOND|THIRD|FOURTH|FIFTH)\\s+(?:EMERGENCY\\s+)?SPECIAL)\\s+SESSION)\\b\\s*");
    private static final Pattern OFFICIAL_RECORDS = Pattern.compile("\\s*\\bOfficial\\s+Records\\b\\s*");

    private RecordFrontPageColumns() {
    }

    static String separate(String text) {
        int cut = Math.min(HEAD, text.length());
        String head = text.substring(0, cut);
        if (!head.contains(" GENERAL ") || !head.contains(" ASSEMBLY ")) {
            return text; // nearly every text
        }
        Matcher m = MEETING_SPLIT_BY_ORGAN.matcher(head.stripLeading());
        if (!m.matches()) {
            return text;
        }
        String right = m.group(1) + " " + m.group(2) + " " + m.group(3);
        StringBuilder left = new StringBuilder("GENERAL ASSEMBLY\n");
        Matcher session = SESSION.matcher(right);
        if (session.find()) {
            left.append(session.group(1)).append('\n');
            right = right.substring(0, session.start()) + " " + right.substring(session.end());
        }
        Matcher records = OFFICIAL_RECORDS.matcher(right);
        if (records.find()) {
            left.append("Official Records\n");
            right = right.substring(0, records.start()) + "\n" + right.substring(records.end());
        }
        return left + right.replaceAll("[ \\t]{2,}", " ").replaceAll(" *\n *", "\n") + text.substring(cut);
    }
}
