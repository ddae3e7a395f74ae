package org.w3id.unld.parse;

import org.w3id.unld.model.Event;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The series an event is an edition of. An event whose name starts with an ordinal ("Second International
 * Conference on …") is that edition of the series named by the rest ("International Conference on …"), so that
 * the editions of a conference series meet at the series. A numbered session or meeting of a body ("fifteenth session
 * of the United Nations Conference on Trade and Development", "thirteenth meeting of the Conference of the Parties to
 * the Convention on Biological Diversity") is that edition of the series of the body's sessions, named by the body.
 * Decided here, once: the mapper only translates it.
 */
final class EventSeries {
    private static final String ORDINAL = "(" + Ordinals.PATTERN + "|[1-9][0-9]{0,2}(?:st|nd|rd|th))";
    /** "Second International Conference on …", "the 29th Summit of …"; not "Twentieth Anniversary Summit". */
    private static final Pattern ORDINAL_NAME = Pattern.compile(
            "^(?:[Tt]he\\s+)?" + ORDINAL + "\\s+(?!(?i:anniversary)\\b)(\\p{Lu}.*)$");
    /** "fifteenth session of the United Nations Conference on …", "the 13th meeting of the Conference of the Parties …". */
    private static final Pattern NUMBERED_SESSION = Pattern.compile(
            "^(?:[Tt]he\\s+)?" + ORDINAL + "\\s+(?:[Ss]ession|[Mm]eeting)\\s+of\\s+(?:the\\s+)?(\\p{Lu}.*)$");
    /**
     * A body named only by what it refers back to ("the Conference of the Parties to the Convention", "… to the
     * Protocol"): the sessions of the conferences of the parties to different conventions would meet at one series.
     */
    private static final Pattern ANAPHORIC_BODY = Pattern.compile("\\bthe\\s+(?:Convention|Protocol|Agreement|Treaty)$");
    /** An acronym in brackets at the end ("(UNISPACE III)", "(Habitat III)") names the edition, not the series. */
    private static final Pattern EDITION_ACRONYM = Pattern.compile("\\s*\\([^()]*\\)$");

    private EventSeries() {
    }

    /** The edition that an event's name says it is, or null when the name does not start with an ordinal. */
    static Event.Edition editionOf(String name) {
        if (name == null) {
            return null;
        }
        Matcher m = NUMBERED_SESSION.matcher(name.strip());
        if (!m.matches()) {
            m = ORDINAL_NAME.matcher(name.strip());
        }
        if (!m.matches()) {
            return null;
        }
        String word = m.group(1);
        OptionalInt n = Character.isDigit(word.charAt(0))
                ? OptionalInt.of(Integer.parseInt(word.replaceAll("[^0-9]", ""))) : Ordinals.parse(word);
        String series = EDITION_ACRONYM.matcher(m.group(2).strip()).replaceFirst("").strip();
        if (n.isEmpty() || n.getAsInt() < 1 || series.isEmpty() || ANAPHORIC_BODY.matcher(series).find()) {
            return null;
        }
        return new Event.Edition(series, n.getAsInt());
    }
}
