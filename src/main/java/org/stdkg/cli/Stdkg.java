package org.stdkg.cli;

public final class Stdkg {
    public static void main(String[] args) { }
}
