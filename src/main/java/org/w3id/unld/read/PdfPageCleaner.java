package org.w3id.unld.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Takes the print furniture out of the text layer of a UN PDF, page by page, so that it cannot leak into
 * fields: job numbers ("25-17857 (E)  121125"), bar codes ("*2517857*"), page numbers ("2/5",
 * "Page 2"), running headers and footers that repeat the symbol or a short title on every page,
 * continuation marks ("/..."), footnote separators and the footnotes below them; and re-joins words
 * that a line end split at a hyphen. The masthead on the first page is kept: only lines that are noise
 * by their form are removed there.
 *
 * <p>The result keeps one line per printed line; pages follow one another without a blank line, so a
 * paragraph broken across pages reads on.
 */
final class PdfPageCleaner {
    /** "25-17857 (E)  121125", "93-28539 (E) 170593 /...", "18-16895 2/10", "2/18 20-00526", "10-60477 2". */
    private static final Pattern JOB_NUMBER = Pattern.compile(
            "^(?:\\d{1,3}(?:/\\d{1,3})?\\s+)?\\d{2}-\\d{5}\\*?\\s*(?:\\([A-Z]\\))?(?:\\s+\\d{6}){0,2}(?:\\s+\\d{1,3}(?:/\\d{1,3})?)?\\s*(?:/\\s*\\.\\s*\\.\\s*\\.)?$");
    private static final Pattern BAR_CODE = Pattern.compile("^\\*\\s?\\d{6,9}\\s?\\*$");
    private static final Pattern PAGE_NUMBER = Pattern.compile("^(?:\\d{1,3}\\s*/\\s*\\d{1,3}|(?:Page|PAGE)\\s+\\d{1,3}|-\\s*\\d{1,3}\\s*-|\\d{1,3})$");
    private static final Pattern CONTINUED = Pattern.compile("^/\\s*\\.\\s*\\.\\s*\\.$");
    private static final Pattern FOOTNOTE_SEPARATOR = Pattern.compile("^_{8,}$");
    private static final Pattern LANGUAGE_VERSION = Pattern.compile("^(?:English|ENGLISH)$");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern SYMBOL = Pattern.compile("\\b[A-Z]{1,6}(?:\\.\\d+)?(?:/[A-Za-z0-9.\\-]+)+(?:\\s\\((?:\\d{4}|Resumption \\d+)\\))?");
    /** How many lines at the top and bottom of a page may be running headers or footers. */
    private static final int ZONE = 4;

    private static final Pattern PAGE_OF = Pattern.compile("^\\d{1,3}\\s*/\\s*\\d{1,3}$");
    private PdfPageCleaner() {
    }

    static String clean(List<String> pages) {
        List<List<String>> lines = new ArrayList<>();
        for (String page : pages) {
            List<String> l = new ArrayList<>();
            for (String raw : page.split("\n", -1)) {
                l.add(strip(raw));
            }
            lines.add(l);
        }
        Set<String> running = runningLines(lines);
        // The document's own symbol heads every page after the first, even in a two-page document.
        if (!lines.isEmpty()) {
            List<String> first = lines.get(0);
            for (int i = 0; i < Math.min(first.size(), 12); i++) {
                java.util.regex.Matcher m = SYMBOL.matcher(first.get(i));
                while (m.find()) {
                    running.add(key(m.group()));
                }
            }
        }
        List<String> out = new ArrayList<>();
        for (int p = 0; p < lines.size(); p++) {
            List<String> page = lines.get(p);
            boolean pageStart = p > 0;
            int first = firstContent(page);
            int last = lastContent(page);
            boolean inFootnotes = false;
            boolean kept = false;
            int headSeen = 0;
            for (int i = 0; i < page.size(); i++) {
                String line = page.get(i);
                if (line.isEmpty()) {
                    if (kept && i < last) {
                        out.add("");
                    }
                    continue;
                }
                boolean head = headSeen++ < ZONE;
                boolean foot = i > last - ZONE * 2 && isInLastLines(page, i, ZONE);
                if (FOOTNOTE_SEPARATOR.matcher(line).matches()) {
                    inFootnotes = true;
                    continue;
                }
                if (inFootnotes || isNoise(line)) {
                    continue;
                }
                if (p > 0 && (head || foot) && (running.contains(key(line)) || LANGUAGE_VERSION.matcher(line).matches()
                        || PAGE_NUMBER.matcher(line).matches())) {
                    continue;
                }
                if (pageStart) {
                    pageBoundary(out, line);
                    pageStart = false;
                }
                out.add(line);
                kept = true;
            }
        }
        return joinHyphenated(trimBlankRuns(out));
    }

    /**
     * Pages follow one another without a blank line, so that a paragraph cut by the page end reads on; when
     * the page ends a paragraph and the next page starts one, a blank line keeps them apart.
     */
    private static void pageBoundary(List<String> out, String next) {
        if (out.isEmpty() || out.get(out.size() - 1).isEmpty()) {
            return;
        }
        String previous = out.get(out.size() - 1);
        char end = previous.charAt(previous.length() - 1);
        char start = next.charAt(0);
        if ((end == '.' || end == ';' || end == ':' || end == ',') && (Character.isUpperCase(start) || Character.isDigit(start))) {
            out.add("");
        }
    }

    static boolean isNoise(String line) {
        return JOB_NUMBER.matcher(line).matches() || BAR_CODE.matcher(line).matches()
                || CONTINUED.matcher(line).matches() || PAGE_OF.matcher(line).matches();
    }

    /** Lines that stand in the head or foot zone of at least two pages after the first: running headers and footers. */
    private static Set<String> runningLines(List<List<String>> pages) {
        Map<String, Integer> count = new HashMap<>();
        for (int p = 1; p < pages.size(); p++) {
            Set<String> seen = new HashSet<>();
            List<String> page = pages.get(p);
            int n = 0;
            for (int i = 0; i < page.size() && n < ZONE; i++) {
                if (!page.get(i).isEmpty()) {
                    seen.add(key(page.get(i)));
                    n++;
                }
            }
            n = 0;
            for (int i = page.size() - 1; i >= 0 && n < ZONE; i--) {
                if (!page.get(i).isEmpty()) {
                    seen.add(key(page.get(i)));
                    n++;
                }
            }
            for (String k : seen) {
                count.merge(k, 1, Integer::sum);
            }
        }
        Set<String> running = new HashSet<>();
        int needed = pages.size() <= 3 ? 2 : Math.max(2, (pages.size() - 1) / 3);
        count.forEach((k, c) -> {
            if (c >= needed && !k.isEmpty()) {
                running.add(k);
            }
        });
        return running;
    }

    private static boolean isInLastLines(List<String> page, int index, int zone) {
        int n = 0;
        for (int i = page.size() - 1; i > index; i--) {
            if (!page.get(i).isEmpty()) {
                n++;
            }
        }
        return n < zone;
    }

    private static String key(String line) {
        return DIGITS.matcher(line).replaceAll("#");
    }

    private static int firstContent(List<String> page) {
        for (int i = 0; i < page.size(); i++) {
            if (!page.get(i).isEmpty()) {
                return i;
            }
        }
        return page.size();
    }

    private static int lastContent(List<String> page) {
        for (int i = page.size() - 1; i >= 0; i--) {
            if (!page.get(i).isEmpty()) {
                return i;
            }
        }
        return -1;
    }

    /** Trims and folds white space (PDF text layers pad with spaces and tabs). */
    static String strip(String raw) {
        StringBuilder b = new StringBuilder(raw.length());
        boolean space = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F') {
                space = b.length() > 0;
            } else {
                if (space) {
                    b.append(' ');
                    space = false;
                }
                b.append(c);
            }
        }
        return b.toString();
    }

    private static List<String> trimBlankRuns(List<String> lines) {
        List<String> out = new ArrayList<>(lines.size());
        for (String l : lines) {
            if (l.isEmpty() && (out.isEmpty() || out.get(out.size() - 1).isEmpty())) {
                continue;
            }
            out.add(l);
        }
        while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    /**
     * A line that ends in a word and a hyphen continues on the next line: the next line's first word moves
     * up, so that "Secretary-" + "General" reads "Secretary-General" and "drug -" + "resistant" reads
     * "drug-resistant". UN typography does not hyphenate words at line ends, so the hyphen is part of the
     * word and is kept.
     */
    static String joinHyphenated(List<String> lines) {
        StringBuilder out = new StringBuilder();
        String carry = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (carry != null) {
                line = carry + line;
                carry = null;
            }
            if (line.length() > 2 && line.endsWith("-") && i + 1 < lines.size()) {
                String next = lines.get(i + 1);
                char before = line.charAt(line.length() - 2);
                boolean wordHyphen = Character.isLetter(before)
                        || before == ' ' && line.length() > 3 && Character.isLowerCase(line.charAt(line.length() - 3));
                if (wordHyphen && !next.isEmpty() && Character.isLetter(next.charAt(0))) {
                    String head = before == ' ' ? line.substring(0, line.length() - 2) + "-" : line;
                    int space = next.indexOf(' ');
                    String word = space < 0 ? next : next.substring(0, space);
                    String rest = space < 0 ? "" : next.substring(space + 1);
                    line = head + word;
                    if (rest.isEmpty()) {
                        lines.set(i + 1, "");
                        out.append(line).append('\n');
                        i++;
                        continue;
                    }
                    lines.set(i + 1, rest);
                }
            }
            out.append(line).append('\n');
        }
        return out.toString();
    }
}
