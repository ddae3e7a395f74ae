package org.w3id.unld.read;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes Markdown marks out of text converted from PDF by PDF-to-Markdown tools: headings, bold and
 * italic marks, backslash escapes, links, HTML comments (page markers), table pipes and rules. Works
 * line by line and keeps the number of lines, so a line number in the stripped text is a line number
 * in the file.
 *
 * <p>A single asterisk is never taken for italics: in UN text it is a footnote or reissue mark
 * ("Italy and Turkmenistan:* draft resolution", "S/1996/479*") that the parser must still see.
 */
public final class MarkdownStripper {
    private static final Pattern HEADING = Pattern.compile("^\\s{0,3}#{1,6}\\s+");
    private static final Pattern CLOSING_HASHES = Pattern.compile("\\s+#+\\s*$");
    private static final Pattern RULE = Pattern.compile("^\\s{0,3}(?:(?:\\*\\s*){3,}|(?:-\\s*){3,}|(?:_\\s*){3,}|(?:=\\s*){3,})$");
    private static final Pattern TABLE_SEPARATOR = Pattern.compile("^\\s*\\|?\\s*:?-{2,}:?\\s*(?:\\|\\s*:?-{2,}:?\\s*)*\\|?\\s*$");
    private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)]\\((?:[^)\\s]+)(?:\\s+\"[^\"]*\")?\\)");
    private static final Pattern UNDERSCORE_STRONG = Pattern.compile("(?<![\\w_])__(?=\\S)(.+?)(?<=\\S)__(?![\\w_])");
    private static final Pattern UNDERSCORE_EMPHASIS = Pattern.compile("(?<![\\w_])_(?=[^\\s_])([^_]+?)(?<=[^\\s_])_(?![\\w_])");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!|>~<\"'])");
    private static final Pattern BLOCKQUOTE = Pattern.compile("^\\s{0,3}(?:>\\s?)+");

    private MarkdownStripper() {
    }

    public static String strip(String markdown) {
        String text = removeHtmlComments(markdown);
        String[] lines = text.split("\n", -1);
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                out.append('\n');
            }
            out.append(stripLine(lines[i]));
        }
        return out.toString();
    }

    static String stripLine(String line) {
        if (line.isBlank()) {
            return "";
        }
        if (RULE.matcher(line).matches() || TABLE_SEPARATOR.matcher(line).matches() && line.contains("-")) {
            return "";
        }
        String s = line;
        s = BLOCKQUOTE.matcher(s).replaceFirst("");
        Matcher h = HEADING.matcher(s);
        if (h.find()) {
            s = CLOSING_HASHES.matcher(s.substring(h.end())).replaceFirst("");
        }
        if (s.indexOf('|') >= 0 && s.trim().startsWith("|")) {
            s = s.trim();
            s = s.substring(1, s.endsWith("|") && s.length() > 1 ? s.length() - 1 : s.length());
            s = s.replace(" | ", "  ").replace("|", "  ").trim();
        }
        if (s.indexOf('[') >= 0) {
            s = IMAGE.matcher(s).replaceAll("$1");
            s = LINK.matcher(s).replaceAll("$1");
        }
        s = s.replace("**", "");
        if (s.indexOf('_') >= 0) {
            s = UNDERSCORE_STRONG.matcher(s).replaceAll("$1");
            s = UNDERSCORE_EMPHASIS.matcher(s).replaceAll("$1");
        }
        if (s.indexOf('`') >= 0) {
            s = s.replace("`", "");
        }
        if (s.indexOf('\\') >= 0) {
            s = ESCAPE.matcher(s).replaceAll("$1");
        }
        return s;
    }

    /** Removes HTML comments (page markers such as "<!-- Page 1 -->"), keeping the line ends they spanned. */
    static String removeHtmlComments(String text) {
        int start = text.indexOf("<!--");
        if (start < 0) {
            return text;
        }
        StringBuilder b = new StringBuilder(text.length());
        int from = 0;
        while (start >= 0) {
            int end = text.indexOf("-->", start + 4);
            if (end < 0) {
                break;
            }
            b.append(text, from, start);
            for (int i = start; i < end; i++) {
                if (text.charAt(i) == '\n') {
                    b.append('\n');
                }
            }
            from = end + 3;
            start = text.indexOf("<!--", from);
        }
        b.append(text, from, text.length());
        return b.toString();
    }
}
