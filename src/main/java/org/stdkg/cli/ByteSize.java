package org.stdkg.cli;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A size in bytes as written on the command line: {@code 1048576}, {@code 512K}, {@code 1M}, {@code 2G} (powers of 1024). */
final class ByteSize implements ITypeConverter<Long> {

    private static final Pattern SIZE = Pattern.compile("(\\d{1,12})\\s*([kmg]?)(?:i?b)?", Pattern.CASE_INSENSITIVE);

    @Override
    public Long convert(String value) {
        return parse(value);
    }

    static long parse(String value) {
        Matcher m = SIZE.matcher(value.strip());
        if (!m.matches()) {
            throw new TypeConversionException("not a size: '" + value + "' (use bytes, or a number with K, M or G)");
        }
        long n = Long.parseLong(m.group(1));
        long unit = switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "k" -> 1L << 10;
            case "m" -> 1L << 20;
            case "g" -> 1L << 30;
            default -> 1;
        };
        long bytes;
        try {
            bytes = Math.multiplyExact(n, unit);
        } catch (ArithmeticException e) {
            throw new TypeConversionException("size too large: '" + value + "'");
        }
        if (bytes < 1) {
            throw new TypeConversionException("a size must be at least 1 byte, not '" + value + "'");
        }
        return bytes;
    }
}
