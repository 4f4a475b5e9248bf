/**
 * The local cache store behind the built-in {@code actions/cache}: {@link dev.gantry.runner.cache.CacheStore}.
 *
 * <p>Identity and scope. An entry is identified by (scope, key, version). The version is
 * {@link dev.gantry.runner.cache.CacheVersion}: a hash of the {@code path} lines and the compression, as GitHub
 * computes it. The scope is the repository ({@code github.repository}): every ref of a repository sees every entry
 * its runs saved. That is wider than GitHub, which lets a run read the caches of its own ref and of the base and
 * default branches only; on one machine, whose runs all belong to people allowed to run that repository's
 * workflows, the simpler rule loses nothing and makes more hits.
 *
 * <p>Matching. For each of the primary key and then the restore keys: an entry with exactly that key, else the
 * most recently created entry whose key starts with it. {@code cache-hit} is true only when the first key matched
 * exactly. Saving never replaces an entry: the first save of an identity wins, also between concurrent jobs.
 *
 * <p>Layout under the root folder:
 * <pre>
 * entries/&lt;id&gt;.properties   one per entry; id = SHA-256(scope NUL key NUL version); holds scope, key,
 *                            version, blob, size, created; its modification time is the last access
 * blobs/&lt;sha256&gt;.tar.gz      the archives, named by the SHA-256 of their bytes (checked before a restore);
 *                            gzip-compressed POSIX tar, members relative to the workspace ({@code ../} outside it)
 * tmp/                       archives and index files being written; published by atomic rename or hard link
 * </pre>
 *
 * <p>Size. The archives together stay within a limit (default 10 GiB, GitHub's): after each save the least
 * recently used entries are evicted. An archive larger than the whole limit is not saved.
 *
 * <p>Failure. An unreadable index file, a missing archive or one whose digest does not match is reported as a
 * warning and passed over, never thrown. Imports the JDK and Apache Commons Compress only; spawns no process and
 * knows nothing of actions or steps.
 */
package dev.gantry.runner.cache;
