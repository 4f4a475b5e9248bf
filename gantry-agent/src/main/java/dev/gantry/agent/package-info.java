/**
 * The agent: registers with a server, takes the jobs its labels match, runs them with gantry-runner, streams
 * masked logs and step states, reports results under the job's lease. Talks to the server only over HTTP
 * ({@code gantry-api}); never imports the server.
 */
package dev.gantry.agent;
