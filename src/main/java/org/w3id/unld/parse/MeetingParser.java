package org.w3id.unld.parse;

import org.w3id.unld.model.Meeting;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first page of a verbatim record (S/PV, A/PV): "8698th meeting / Wednesday, 8 January 2020,
 * 10 a.m. / New York / President: Mr. Dang … (Viet Nam)".
 */
final class MeetingParser {
    private static final Pattern TIME = Pattern.compile(
            "\\b(\\d{1,2}(?:[.:]\\d{2})?\\s*(?:a\\.\\s?m\\.|p\\.\\s?m\\.)|noon|midnight)", Pattern.CASE_INSENSITIVE);
    private static final Pattern PRESIDENT = Pattern.compile("^(?:President|Chair|Chairman|Chairperson)\\s*:\\s*(.+)$");
    private static final Pattern LEADER = Pattern.compile("\\s*(?:\\.\\s*){3,}.*$|\\s{2,}.*$");
    private static final Pattern PLACE = Pattern.compile("^\\p{Lu}[\\p{L}'’\\-]*(?:\\s+\\p{Lu}[\\p{L}'’\\-]*){0,3}$");

    private MeetingParser() {
    }

    static Meeting parse(TextLines lines, int meetingLine) {
        if (meetingLine < 0 || meetingLine >= lines.size()) {
            return null;
        }
        Matcher n = MastheadParser.MEETING.matcher(lines.get(meetingLine));
        if (!n.lookingAt()) {
            return null;
        }
        String number = n.group(1);
        LocalDate date = UnDates.find(lines.get(meetingLine));
        String time = time(lines.get(meetingLine));
        String place = null;
        String president = null;
        int i = meetingLine + 1;
        for (int seen = 0; i < lines.size() && seen < 8; i++) {
            if (lines.isSkippable(i)) {
                continue;
            }
            seen++;
            String l = lines.get(i);
            if (date == null && UnDates.find(l) != null) {
                date = UnDates.find(l);
                if (time == null) {
                    time = time(l);
                }
                continue;
            }
            if (time == null && time(l) != null && l.length() < 30) {
                time = time(l);
                continue;
            }
            Matcher p = PRESIDENT.matcher(l);
            if (p.matches()) {
                String who = LEADER.matcher(p.group(1)).replaceFirst("").trim();
                president = who.isEmpty() ? null : who;
                break;
            }
            if (place == null && date != null && PLACE.matcher(l).matches() && !l.equalsIgnoreCase("Provisional")) {
                place = l;
            }
        }
        return new Meeting(number, date, time, place, president);
    }

    private static String time(String line) {
        Matcher m = TIME.matcher(line);
        return m.find() ? m.group(1).replaceAll("\\s+", " ") : null;
    }
}
