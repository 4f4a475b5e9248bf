/**
 * Runs on the server: the coordinator that drives each run's {@code RunScheduler} from what is stored (so a
 * restarted server carries on where it stopped), writes every decision before acting on it, queues started jobs
 * for agents and concludes runs; and the ports the HTTP modules reach it through ({@link
 * dev.gantry.server.run.RunControl}, {@link dev.gantry.server.run.AgentJobs}, {@link
 * dev.gantry.server.run.QueueSignal}). Must not import Javalin (HTTP is the {@code http} and module packages').
 */
package dev.gantry.server.run;
