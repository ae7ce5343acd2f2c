package org.stdkg.rdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

import org.stdkg.extract.Entity;
import org.stdkg.extract.EntityKind;

/**
 * Mints every IRI stdkg publishes, under one base (CONTRACT section 1):
 * {@code {base}id/{kind}/{slug}} for entities, {@code {base}graph/…} for named graphs and
 * {@code {base}evidence/{hash}} for evidence. Immutable and thread-safe.
 */
public final class Iris {

    // The patterns of inline checks, compiled once instead of at every call.
    private static final Pattern P1 = Pattern.compile("\\p{M}+");
    private static final Pattern P2 = Pattern.compile("[^a-z0-9]+");
    private static final Pattern P3 = Pattern.compile("^-+|-+$");
    private static final Pattern P4 = Pattern.compile("-+$");

    /** The default base, where {@code stdkg serve} listens. */
    public static final String DEFAULT_BASE = "http://localhost:3030/";

    static final int MAX_SLUG = 80;

    private final String base;

    private Iris(String base) {
        this.base = base.endsWith("/") ? base : base + "/";
    }

    public static Iris of(String base) {
        return new Iris(base);
    }

    public String base() {
        return base;
    }

    public String entity(Entity entity) {
        return entity(entity.kind(), entity.slugSource());
    }

    public String entity(EntityKind kind, String name) {
        return base + "id/" + kind.pathSegment() + "/" + slug(name);
    }

    public String sourceDocument(String documentSlug) {
        return base + "id/sourcedocument/" + documentSlug;
    }

    /** The named graph holding one document's facts. */
    public String documentGraph(String documentSlug) {
        return base + "graph/document/" + documentSlug;
    }

    /** The named graph of curated reference facts (gazetteers), apart from extracted ones. */
    public String referenceGraph() {
        return base + "graph/reference";
    }

    /** The named graph holding the ontology. */
    public String ontologyGraph() {
        return base + "graph/ontology";
    }

    /** The evidence annotation for a fact, identified by a hash of what it says and where. */
    public String evidence(String... parts) {
        return base + "evidence/" + hash(String.join("\u0000", parts));
    }

    /**
     * A stable slug: accents folded, lower-case, runs of anything but letters and digits turned
     * into one hyphen; long names are cut and given a hash suffix so slugs stay unique.
     * "ISO/IEC JTC 1/SC 42" becomes {@code iso-iec-jtc-1-sc-42}.
     */
    public static String slug(String name) {
        String folded = P1.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
        String slug = P3.matcher(P2.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll("-")).replaceAll("");
        if (slug.isEmpty()) {
            return "x-" + hash(name).substring(0, 12);
        }
        if (slug.length() > MAX_SLUG) {
            String cut = P4.matcher(slug.substring(0, MAX_SLUG - 13)).replaceAll("");
            return cut + "-" + hash(name).substring(0, 12);
        }
        return slug;
    }

    /** One digest per thread: looking SHA-256 up among the security providers cost more than hashing a short text. */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JVM", e);
        }
    });

    private static final HexFormat HEX = HexFormat.of();

    static String hash(String text) {
        // digest() resets the digest, so the thread's next hash starts afresh.
        byte[] digest = SHA_256.get().digest(text.getBytes(StandardCharsets.UTF_8));
        return HEX.formatHex(digest, 0, 10);
    }
}
