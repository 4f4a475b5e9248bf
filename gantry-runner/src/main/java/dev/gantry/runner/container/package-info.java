/**
 * Jobs that need containers, through the Docker Engine API on its unix socket (dockerd, or podman's compatible
 * socket): finding a runtime ({@link dev.gantry.runner.container.ContainerRuntime}), the job's network, its service
 * containers started and awaited until healthy, its job container into which steps are executed
 * ({@link dev.gantry.runner.container.ContainerExec} rewrites a step's command line into {@code docker exec}, so the
 * step's process and output still flow through the host runner's process and log pipeline), removal of all of it
 * after the job ({@link dev.gantry.runner.container.JobContainers#close()}), docker actions' images (built from a
 * Dockerfile or pulled: {@link dev.gantry.runner.container.ActionImages}) and one-shot containers
 * ({@link dev.gantry.runner.container.ActionContainer}), and removal of what a crashed process left
 * ({@link dev.gantry.runner.container.ContainerJanitor}). Every resource carries the labels of
 * {@link dev.gantry.runner.container.ResourceLabels}.
 *
 * <p>Imports the workflow model and the engine's {@code Evaluated} (to read {@code container:} and {@code services:}),
 * docker-java and the JDK; never {@code dev.gantry.runner.host} (the host wires this package in, not the reverse),
 * nor the engine's scheduler, a server or the command line.
 */
package dev.gantry.runner.container;
