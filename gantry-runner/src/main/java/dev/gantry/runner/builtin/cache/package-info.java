/**
 * The built-in {@code actions/cache}, {@code actions/cache/restore} and {@code actions/cache/save} (v4 inputs,
 * outputs and behaviour) over a local {@link dev.gantry.runner.cache.CacheStore}: restore by exact key, then by
 * each prefix newest first; {@code cache-hit} only for an exact match of the primary key; save in the post phase
 * ({@code post-if: success()}) unless the primary key was hit; saving never overwrites and never fails the step.
 * {@link dev.gantry.runner.builtin.cache.CacheActions#over} makes all three.
 *
 * <p>Imports the action SPI, the cache store and the input readers; never the host executor.
 */
package dev.gantry.runner.builtin.cache;
