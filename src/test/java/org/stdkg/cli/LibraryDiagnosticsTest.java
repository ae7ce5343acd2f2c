package org.stdkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** Standard error without jena-dboe's record diagnostic, everything else unchanged. */
class LibraryDiagnosticsTest {

    private static String through(String... writes) {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(new LibraryDiagnostics(sink), true, StandardCharsets.UTF_8);
        for (String w : writes) {
            err.print(w);
        }
        err.flush();
        return sink.toString(StandardCharsets.UTF_8);
    }

    @Test
    void dboeRecordDiagnosticBeforeOurLineIsDropped() {
        String dboe = "bb.position(100860352) idx=3151886 <RecordFactory k=32 v=0> java.nio.DirectByteBufferR[pos=0 lim=0 cap=0]\n";
        String ours = "stdkg build: /tmp/db: cannot write to the database (…): the disk is full (0 KB free); what was committed before is kept\n";
        assertEquals(ours, through(dboe, ours));
    }

    @Test
    void diagnosticWrittenInPiecesIsDroppedToo() {
        assertEquals("after\n", through("bb.pos", "ition(1) idx=2 ", "<RecordFactory k=32 v=0>", "\n", "after\n"));
    }

    @Test
    void otherLinesPassUnchangedEvenWhenTheyStartAlike() {
        String text = "b\nbb.\nbb.positions are fine\nprogress 10%\rprogress 20%\r\nünïcödé line\n";
        assertEquals(text, through(text));
    }

    @Test
    void theDiagnosticInsideALineIsKept() {
        assertEquals("see bb.position(1)\n", through("see bb.position(1)\n"));
    }
}
