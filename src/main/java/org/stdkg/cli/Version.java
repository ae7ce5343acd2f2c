package org.stdkg.cli;

import picocli.CommandLine;

/** The version from the jar manifest, or "development" when run from classes. */
final class Version implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        String v = Stdkg.class.getPackage().getImplementationVersion();
        return new String[] {"stdkg " + (v == null ? "development" : v)};
    }
}
