package org.w3id.unld.read;

import org.w3id.unld.model.RejectedDocumentException;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of a text file into a string with '\n' line ends. UN text files are UTF-8, sometimes
 * with a byte-order mark, sometimes UTF-16 when saved from Word, rarely Windows-1252; anything with NUL
 * bytes or many control characters is binary and rejected, so a stray image or archive never reaches
 * the parser as mojibake.
 */
final class TextDecoder {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** How much of the file the binary check looks at: enough to see a header, cheap on big files. */
    private static final int SNIFF = 64 * 1024;

    private TextDecoder() {
    }

    static String decode(byte[] bytes) throws RejectedDocumentException {
        if (bytes.length == 0) {
            throw new RejectedDocumentException("empty file");
        }
        String text;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            text = utf8(bytes, 3);
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            text = new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            text = new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        } else {
            rejectBinaryBytes(bytes);
            text = utf8(bytes, 0);
        }
        rejectControlCharacters(text);
        String normalized = normalizeLineEnds(text);
        if (normalized.isBlank()) {
            throw new RejectedDocumentException("empty file: no text, only white space");
        }
        return normalized;
    }

    private static String utf8(byte[] bytes, int offset) {
        // The fast path: valid UTF-8 decodes without a replacement character (the strict decoder below is
        // only needed to tell a rare literal U+FFFD from malformed input).
        String fast = new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
        if (fast.indexOf('\uFFFD') < 0) {
            return fast;
        }
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer chars = strict.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
            return chars.toString();
        } catch (CharacterCodingException e) {
            // Not UTF-8: the other encoding UN text files come in is Windows-1252 (a superset of Latin-1).
            return new String(bytes, offset, bytes.length - offset, WINDOWS_1252);
        }
    }

    private static void rejectBinaryBytes(byte[] bytes) throws RejectedDocumentException {
        int n = Math.min(bytes.length, SNIFF);
        for (int i = 0; i < n; i++) {
            if (bytes[i] == 0) {
                throw new RejectedDocumentException("binary file: not text (NUL byte at offset " + i + ")");
            }
        }
    }

    private static void rejectControlCharacters(String text) throws RejectedDocumentException {
        int n = Math.min(text.length(), SNIFF / 4);
        int control = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                control++;
            } else if (c == '\uFFFD') {
                control++;
            }
        }
        if (control > 8 && control * 100 > n) {
            throw new RejectedDocumentException("binary file: not text (" + control + " control characters in the first "
                    + n + " characters)");
        }
    }

    /** CRLF and lone CR become LF; form feeds (page breaks in old text dumps) become line ends too. */
    static String normalizeLineEnds(String text) {
        if (text.indexOf('\r') < 0 && text.indexOf('\f') < 0) {
            return text;
        }
        char[] in = text.toCharArray();
        char[] out = new char[in.length];
        int n = 0;
        for (int i = 0; i < in.length; i++) {
            char c = in[i];
            if (c == '\r') {
                out[n++] = '\n';
                if (i + 1 < in.length && in[i + 1] == '\n') {
                    i++;
                }
            } else if (c == '\f') {
                out[n++] = '\n';
            } else {
                out[n++] = c;
            }
        }
        return new String(out, 0, n);
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
