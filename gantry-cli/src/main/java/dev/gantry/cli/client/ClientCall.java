package dev.gantry.cli.client;

import dev.gantry.api.rest.GantryClient;
import dev.gantry.api.rest.GantryClientException;

import java.io.PrintWriter;

/** The work of one client command once connected: returns the exit code, or throws what the server answered. */
@FunctionalInterface
interface ClientCall {

    int run(GantryClient client, PrintWriter out) throws GantryClientException, InterruptedException;
}
