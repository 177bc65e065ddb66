package org.trainingcrm.ical;

import java.nio.charset.StandardCharsets;

/**
 * Folds iCalendar content lines at 75 octets of UTF-8, as RFC 5545 (3.1) asks. ical4j folds at
 * 75 characters, so a line of Cyrillic or Chinese text came out two to three times too long for
 * strict readers; here a line is cut only between code points, never inside a character.
 */
final class OctetFolding {

    private static final int MAX_OCTETS = 75;
    private static final String CRLF = "\r\n";

    private OctetFolding() {
    }

    /** The document with every content line folded; the input must not be folded already. */
    static String fold(String unfolded) {
        StringBuilder out = new StringBuilder(unfolded.length() + unfolded.length() / 20);
        for (String line : unfolded.split(CRLF, -1)) {
            if (!line.isEmpty()) {
                foldLine(line, out);
                out.append(CRLF);
            }
        }
        return out.toString();
    }

    private static void foldLine(String line, StringBuilder out) {
        int octets = 0;
        for (int i = 0; i < line.length(); ) {
            int codePoint = line.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > MAX_OCTETS) {
                // the continuation's leading space counts towards its 75 octets
                out.append(CRLF).append(' ');
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
    }
}
