/**
 * The built-in {@code actions/upload-artifact} and {@code actions/download-artifact} (v4 inputs, outputs and
 * behaviour) over the run's {@link dev.gantry.runner.artifact.ArtifactStore}: path globs with exclusions, hidden
 * files left out by default, the least-common-ancestor layout ({@code UploadRoot}), {@code if-no-files-found},
 * {@code overwrite}, retention recorded; download by name, ids or pattern, with {@code merge-multiple}.
 * {@link dev.gantry.runner.builtin.artifact.ArtifactActions#over} makes both.
 *
 * <p>Imports the action SPI, the artifact store and the input readers; never the host executor.
 */
package dev.gantry.runner.builtin.artifact;
