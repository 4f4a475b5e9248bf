/**
 * The artifacts of one run ({@link dev.gantry.runner.artifact.ArtifactStore}), shared by its jobs and kept with the
 * run: what {@code actions/upload-artifact} stores and {@code actions/download-artifact} reads, with v4's rules
 * (one artifact per name unless overwritten, ids unique within the run, a digest per artifact).
 *
 * <p>Layout under the folder the caller gives (the CLI: {@code <run folder>/artifacts}):
 * <pre>
 * &lt;name&gt;/artifact.properties    name, id, digest, size, files, retention-days, created
 * &lt;name&gt;/files/…                 the files, at their paths relative to the upload's root folder
 * .gantry-ids/&lt;n&gt;                 one empty file per id handed out (created atomically: ids never repeat)
 * .gantry-staging-&lt;uuid&gt;/         an upload being written; renamed to &lt;name&gt;/ in one step when complete
 * .gantry-trash-&lt;uuid&gt;/           an artifact being replaced by an overwrite, deleted right after
 * </pre>
 * Names are checked by {@link dev.gantry.runner.artifact.ArtifactName}: GitHub's forbidden characters, and the
 * {@code .gantry-} prefix kept for the layout. Files are stored plainly, not zipped: on one machine a download is a
 * copy, and a person can browse a run's artifacts.
 *
 * <p>Imports the JDK only; spawns no process and knows nothing of actions or steps.
 */
package dev.gantry.runner.artifact;
