package org.stdkg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldParserTest {

    /** Lines copied verbatim from /work/shared/gold/000_4c18e10789c3dabd.tsv, with its comment and blank lines. */
    private static final String REAL_000 = """
            # stdkg gold file for 000_4c18e10789c3dabd.txt (IEC/ISO/ITU Seoul Statement at the International Summit on AI Standards)
            # counts: 57 fact lines

            # ---- lines 1-5: header credit and lede (IEC, ISO, ITU; the summit in Seoul; the Seoul Statement)
            entity\tOrganisation\tInternational Electrotechnical Commission|IEC
            memberOf\tInternational Electrotechnical Commission|IEC\tWorld Standards Cooperation|WSC
            entity\tEvent\tInternational Summit on AI Standards|International AI Standards Summit
            location\tInternational Summit on AI Standards|International AI Standards Summit\tRepublic of Korea|Korea|South Korea
            entity\tPlace\tSeoul
            jobTitle\tSeizo Onoe\tDirector of the Telecommunication Standardization Bureau|Director of the Telecommunication Standardization Bureau at ITU
            """;

    @Test
    void parsesRealLinesFromSharedGoldSkippingCommentsAndBlankLines() throws Exception {
        GoldFile f = GoldParser.parse("000.tsv", REAL_000);

        assertEquals(3, f.entities().size());
        assertEquals(new GoldEntity(EntityClass.ORGANISATION,
                List.of("International Electrotechnical Commission", "IEC"), "000.tsv", 5), f.entities().get(0));
        assertEquals(EntityClass.PLACE, f.entities().get(2).entityClass());

        assertEquals(3, f.facts().size());
        GoldFact memberOf = f.facts().get(0);
        assertEquals(Relation.MEMBER_OF, memberOf.relation());
        assertEquals(List.of("International Electrotechnical Commission", "IEC"), memberOf.subject());
        assertEquals(List.of("World Standards Cooperation", "WSC"), memberOf.object());
        assertEquals(6, memberOf.line());
        assertEquals(List.of("Republic of Korea", "Korea", "South Korea"), f.facts().get(1).object());
        assertEquals(Relation.JOB_TITLE, f.facts().get(2).relation());
        assertEquals(2, f.facts().get(2).object().size());
    }

    @Test
    void namesAreTrimmedAndEmptyAlternativesDropped() throws Exception {
        GoldFile f = GoldParser.parse("x.tsv", "entity\t Committee \t ISO/IEC JTC 1/SC 42 | SC 42 ||\t\n");
        assertEquals(List.of("ISO/IEC JTC 1/SC 42", "SC 42"), f.entities().get(0).names());
    }

    @Test
    void byteOrderMarkAndCrLfAreTolerated() throws Exception {
        GoldFile f = GoldParser.parse("x.tsv", "\uFEFF# comment\r\nentity\tPlace\tSeoul\r\n");
        assertEquals(List.of("Seoul"), f.entities().get(0).names());
    }

    @Test
    void malformedLineErrorNamesFileAndLine() {
        String text = "# header\nentity\tPlace\tSeoul\nentity Organisation ISO\n";
        GoldFormatException e = assertThrows(GoldFormatException.class, () -> GoldParser.parse("bad.tsv", text));
        assertEquals("bad.tsv", e.file());
        assertEquals(3, e.line());
        assertTrue(e.getMessage().startsWith("bad.tsv:3: expected 3 tab-separated fields"), e.getMessage());
    }

    @Test
    void unknownRelationIsAnError() {
        String text = "entity\tStandard\tISO/IEC 42001\ndevelopedby\tISO/IEC 42001\tSC 42\n";
        GoldFormatException e = assertThrows(GoldFormatException.class, () -> GoldParser.parse("g.tsv", text));
        assertEquals(2, e.line());
        assertTrue(e.getMessage().startsWith("g.tsv:2: unknown relation 'developedby'"), e.getMessage());
    }

    @Test
    void unknownClassIsAnError() {
        GoldFormatException e = assertThrows(GoldFormatException.class,
                () -> GoldParser.parse("g.tsv", "entity\tOrganization\tISO\n"));
        assertTrue(e.getMessage().startsWith("g.tsv:1: unknown class 'Organization'"), e.getMessage());
    }

    @Test
    void extraFieldIsAnError() {
        GoldFormatException e = assertThrows(GoldFormatException.class,
                () -> GoldParser.parse("g.tsv", "publisher\tISO/IEC 42001\tISO\tIEC\n"));
        assertEquals("g.tsv:1: expected 3 tab-separated fields (entity CLASS NAMES or RELATION SUBJECT OBJECT), "
                + "found 4", e.getMessage());
    }

    @Test
    void dateNotInIsoFormIsAnError() {
        GoldFormatException e = assertThrows(GoldFormatException.class,
                () -> GoldParser.parse("g.tsv", "startDate\tSummit\t2 December 2025\n"));
        assertTrue(e.getMessage().startsWith("g.tsv:1: startDate value '2 December 2025' is not a date"),
                e.getMessage());
    }

    @Test
    void unknownStatusIsAnError() {
        GoldFormatException e = assertThrows(GoldFormatException.class,
                () -> GoldParser.parse("g.tsv", "status\tISO/IEC 42001\tdraft\n"));
        assertTrue(e.getMessage().startsWith("g.tsv:1: status value 'draft'"), e.getMessage());
    }

    @Test
    void nameWithoutLettersOrDigitsIsAnError() {
        GoldFormatException e = assertThrows(GoldFormatException.class,
                () -> GoldParser.parse("g.tsv", "entity\tOrganisation\tISO|--\n"));
        assertTrue(e.getMessage().startsWith("g.tsv:1: names '--' has no letters or digits"), e.getMessage());
    }

    @Test
    void fileThatIsNotUtf8IsAnErrorNamingFileAndLine(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("latin1.tsv");
        Files.write(file, "entity\tPlace\tSeoul\nentity\tOrganisation\tSoci\u00e9t\u00e9\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        GoldFormatException e = assertThrows(GoldFormatException.class, () -> GoldParser.parse(file));
        assertEquals(file.toString() + ":2: not valid UTF-8", e.getMessage());
    }

    @Test
    void directoryStandsForItsTsvFilesInNameOrder(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("b.tsv"), "entity\tPlace\tGeneva\n");
        Files.writeString(dir.resolve("a.tsv"), "entity\tPlace\tSeoul\n");
        Files.writeString(dir.resolve("notes.txt"), "not gold\n");
        List<GoldFile> files = GoldParser.parseAll(List.of(dir));
        assertEquals(List.of(dir.resolve("a.tsv").toString(), dir.resolve("b.tsv").toString()),
                files.stream().map(GoldFile::source).toList());
    }

    /**
     * Every shared gold file parses, with the line counts tallied independently (awk over the non-comment lines).
     * The files' own "# counts:" headers are not used: some are stale (000 lists no subOrganizationOf line but has
     * one).
     */
    @Test
    void sharedGoldFilesParseCompletely() throws Exception {
        assumeTrue(Files.isDirectory(Fixtures.SHARED.resolve("gold")), "shared gold files not present");
        List<GoldFile> files = GoldParser.parseAll(
                List.of(Fixtures.SHARED.resolve("gold"), Fixtures.SHARED.resolve("corpus/dev")));
        Map<String, List<Integer>> expected = Map.of(
                "000_4c18e10789c3dabd.tsv", List.of(17, 41),
                "004_41f0ccb0a6d27207.tsv", List.of(190, 324),
                "03_unidir-profile.tsv", List.of(5, 3),
                "04_wto-profile.tsv", List.of(3, 0),
                "13_itu-t-sg20-iot-news.tsv", List.of(15, 22));
        assertEquals(expected.size(), files.size());
        for (GoldFile f : files) {
            String name = Path.of(f.source()).getFileName().toString();
            assertEquals(expected.get(name), List.of(f.entities().size(), f.facts().size()), name);
        }
        GoldFile seed = files.get(1);
        assertEquals(36, seed.facts().stream().filter(x -> x.relation() == Relation.SUB_ORGANIZATION_OF).count());
        assertEquals(75, seed.entities().stream().filter(x -> x.entityClass() == EntityClass.STANDARD).count());
    }
}
