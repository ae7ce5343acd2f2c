package org.stdkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import picocli.CommandLine.TypeConversionException;

class ByteSizeTest {

    @Test
    void bytesAndBinaryUnits() {
        assertEquals(1_048_576, ByteSize.parse("1048576"));
        assertEquals(512 * 1024, ByteSize.parse("512K"));
        assertEquals(1024 * 1024, ByteSize.parse("1M"));
        assertEquals(1024 * 1024, ByteSize.parse("1mb"));
        assertEquals(2L << 30, ByteSize.parse("2GiB"));
        assertEquals(64 * 1024, ByteSize.parse(" 64 k "));
    }

    @Test
    void nonsenseZeroAndOverflowAreRefused() {
        for (String bad : new String[] {"", "M", "1.5M", "-1", "1T", "ten", "0", "0K", "999999999999G"}) {
            assertThrows(TypeConversionException.class, () -> ByteSize.parse(bad), bad);
        }
    }
}
