package org.stdkg.extract;

import java.text.Normalizer;
import java.util.Locale;

/** Name normalisation shared by entity resolution and scoring. */
public final class Names {

    private Names() {
    }

    /**
     * The matching key of a name: lower-case letters and digits only, so "JTC1/SC42" and
     * "JTC 1/SC 42" agree (CONTRACT section 4).
     */
    public static String key(String name) {
        if (name == null) {
            return "";
        }
        if (isAscii(name)) {
            // The common case, without normalising (NFKC leaves ASCII as it is): the same key, at a fraction of the cost.
            StringBuilder key = new StringBuilder(name.length());
            for (int i = 0; i < name.length(); i++) {
                char c = name.charAt(i);
                if (c >= 'A' && c <= 'Z') {
                    key.append((char) (c + ('a' - 'A')));
                } else if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                    key.append(c);
                }
            }
            return key.toString();
        }
        return normalisedKey(name);
    }

    /** The key by the general rule, for any text. */
    static String normalisedKey(String name) {
        // NFKC first: a decomposed accent would otherwise be dropped as a non-letter while the composed one is kept.
        String lower = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder key = new StringBuilder(lower.length());
        lower.codePoints()
                .filter(Character::isLetterOrDigit)
                .forEach(key::appendCodePoint);
        return key.toString();
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** Whether a name is written as an acronym: no lower-case letter ("NIST", "ISO/IEC", "WP.29"). */
    public static boolean isAcronym(String name) {
        return name.codePoints().noneMatch(Character::isLowerCase) && name.codePoints().anyMatch(Character::isLetter);
    }
}
