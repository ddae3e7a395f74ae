package org.w3id.unld.parse;

import org.w3id.unld.model.Event;
import org.w3id.unld.reference.UnBodies;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The session a body's report is about, as an event: "Report of the Legal Subcommittee on its fifty-fifth session, held
 * in Vienna from 4 to 15 April 2016", "REPORT OF THE COMMISSION ON CRIME PREVENTION AND CRIMINAL JUSTICE ON ITS FIRST
 * SESSION" over "(Vienna, 21 to 30 April 1992)", "Report on the forty-fourth session (20-29 March 2001)" under the
 * Commission's masthead. The report's title names the session, and its place and dates follow the title: the text says
 * the session was held (golden README, events, 27). Its name is the session's, the body added
 * ("fifty-fifth session of the Legal Subcommittee", golden README, events, 30).
 */
final class SessionReport {
    private static final UnBodies BODIES = UnBodies.standard();
    private static final Pattern TITLE = Pattern.compile(
            "(?i)^(?:(?:draft|final)\\s+)*(?:report|proceedings)\\s+(?:of\\s+the\\s+(?<body>.{3,160}?)\\s+(?:on|at|of)\\s+(?:the\\s+work\\s+of\\s+)?its"
                    + "|on\\s+(?:the\\s+work\\s+of\\s+)?(?:its|the))\\s+(?<session>" + Ordinals.PATTERN
                    + "\\s+(?:special\\s+|resumed\\s+|regular\\s+)?session)\\b\\**\\.?(?<rest>.*)$");
    /** "(Vienna, 21 to 30 April 1992)", "(20-29 March 2001)": the session's place and dates in parentheses. */
    private static final Pattern IN_PARENTHESES = Pattern.compile("^\\(\\s*(?:(?<place>\\p{Lu}[\\p{L} .'’\\-]{1,40}?)\\s*,\\s*)?(?<dates>\\d[^)]{4,60})\\)");

    private SessionReport() {
    }

    /**
     * The session the title reports on, with the place and dates its title or the lines under it give; or null when the
     * title names no session, or nothing says where or when it was held.
     *
     * @param title       the document's title
     * @param under       the text of the lines right under the title (a copy may print the place and dates there)
     * @param sessionBody the body whose report the document is, for a title that names none ("Report on the forty-fourth
     *                    session"); or null
     */
    static Event of(String title, String under, String sessionBody) {
        if (title == null || title.indexOf("ession") < 0 && title.indexOf("ESSION") < 0) {
            return null;
        }
        Matcher m = TITLE.matcher(title.strip());
        if (!m.matches()) {
            // The bodies a copy ran in before the title: "UNITED NATIONS ENVIRONMENT PROGRAMME REPORT OF THE GOVERNING COUNCIL …".
            String heading = TitleRunIns.withoutBodiesBefore(title);
            if (heading.equals(title) || !(m = TITLE.matcher(heading.strip())).matches()) {
                return null;
            }
        }
        String printed = m.group("body");
        String body = printed != null ? reported(printed) : sessionBody;
        if (body == null) {
            return null;
        }
        String rest = m.group("rest").strip();
        // ", held in Vienna from …", or the dates alone after the title ("… first session 12-22 June 1973").
        EventDetails.Held held = EventDetails.after(rest.startsWith(",") || rest.isEmpty() || Character.isDigit(rest.charAt(0)) ? rest : "");
        if (!held.saysWhenOrWhere()) {
            held = held.completedBy(inParentheses(rest.isEmpty() ? under : rest));
        }
        if (!held.saysWhenOrWhere() && under != null && under.strip().toLowerCase(Locale.ROOT).startsWith("held ")) {
            // "Held at the Palais des Nations" / "from 27 September to 2 October 2006".
            held = EventDetails.after("held" + under.strip().substring(4));
        }
        if (!held.saysWhenOrWhere()) {
            return null;
        }
        String name = m.group("session").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ") + " of the " + body;
        return EventParser.decided(new Event(name, held.start(), held.end(), held.place()));
    }

    /** The events found in the text with the reported session first, unless one of them is it under another name. */
    static List<Event> withSession(Event session, List<Event> events) {
        if (session == null) {
            return events;
        }
        String sessionWords = session.name().substring(0, session.name().indexOf(" of the "));
        List<Event> all = new ArrayList<>();
        all.add(session);
        for (Event e : events) {
            String n = e.name().toLowerCase(Locale.ROOT);
            // "Conference of the Parties on its ninth session": the same session, as the title's words name it.
            if (!n.equals(session.name().toLowerCase(Locale.ROOT)) && !n.endsWith("on its " + sessionWords)
                    && !n.equals(sessionWords)) {
                all.add(e);
            }
        }
        return all;
    }

    private static EventDetails.Held inParentheses(String text) {
        Matcher p = text == null ? null : IN_PARENTHESES.matcher(text.strip());
        if (p == null || !p.lookingAt()) {
            return new EventDetails.Held(null, null, null);
        }
        EventDetails.Held dates = EventDetails.after(p.group("dates").strip());
        return new EventDetails.Held(dates.start(), dates.end(), p.group("place") != null ? p.group("place").strip() : dates.place());
    }

    /** The body as the table names it ("COMMISSION ON CRIME PREVENTION …" → its English name), else as printed. */
    private static String reported(String printed) {
        String name = Titles.clean(printed);
        return BODIES.byName(name).filter(b -> b.isNamed(name)).map(org.w3id.unld.reference.UnBody::name)
                .orElse(Titles.isUpperCase(name) ? MastheadParser.properCase(name) : name);
    }
}
