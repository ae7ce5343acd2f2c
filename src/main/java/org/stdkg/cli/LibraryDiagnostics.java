package org.stdkg.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Standard error without the diagnostic lines libraries print there themselves, out of reach of
 * the logging configuration, before they throw what stdkg then reports as its one line.
 *
 * <p>The one such line known: when a write to a memory-mapped file fails on a full disk, jena-dboe's
 * {@code RecordFactory} prints {@code bb.position(…) idx=… <RecordFactory k=32 v=0> …} to
 * {@code System.err} and rethrows; the user then saw that line above stdkg's "the disk is full"
 * (docs/reliability.md, section 2). Lines starting with it are dropped; every other byte passes
 * through unchanged and unbuffered, except the start of a line while it could still be one
 * (at most {@link #PREFIX}'s length). {@code STDKG_DEBUG=1} keeps everything.
 */
final class LibraryDiagnostics extends OutputStream {

    /** How jena-dboe's record diagnostic starts. */
    static final byte[] PREFIX = "bb.position(".getBytes(StandardCharsets.US_ASCII);

    private final OutputStream out;
    private final ByteArrayOutputStream held = new ByteArrayOutputStream();
    private boolean lineStart = true;
    private boolean dropping;

    LibraryDiagnostics(OutputStream out) {
        this.out = out;
    }

    /** Replaces {@code System.err} with a filtered one, unless {@code STDKG_DEBUG} is set. */
    static void install() {
        if (System.getenv("STDKG_DEBUG") == null) {
            System.setErr(new PrintStream(new LibraryDiagnostics(System.err), true, StandardCharsets.UTF_8));
        }
    }

    @Override
    public synchronized void write(int b) throws IOException {
        if (dropping) {
            if (b == '\n') {
                dropping = false;
                lineStart = true;
            }
            return;
        }
        if (lineStart) {
            int at = held.size();
            if (b == PREFIX[at]) {
                held.write(b);
                if (held.size() == PREFIX.length) {
                    held.reset();
                    lineStart = false;
                    dropping = true;
                }
                return;
            }
            // Not the diagnostic: what was held, then this byte.
            held.writeTo(out);
            held.reset();
            lineStart = false;
        }
        out.write(b);
        if (b == '\n') {
            lineStart = true;
        }
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) throws IOException {
        for (int i = off; i < off + len; i++) {
            write(b[i]);
        }
    }

    @Override
    public synchronized void flush() throws IOException {
        out.flush();
    }

    @Override
    public synchronized void close() throws IOException {
        held.writeTo(out);
        held.reset();
        out.close();
    }
}
