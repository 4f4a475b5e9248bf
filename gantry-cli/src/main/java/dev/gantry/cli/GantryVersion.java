package dev.gantry.cli;

import picocli.CommandLine;

/** Prints the version recorded in the jar manifest at build time. */
final class GantryVersion implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = Main.class.getPackage().getImplementationVersion();
        return new String[] {"gantry " + (version == null ? "development build" : version)};
    }
}
