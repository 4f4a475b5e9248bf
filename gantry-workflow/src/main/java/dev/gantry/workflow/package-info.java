/**
 * The GitHub Actions workflow language as a pure library: YAML with positions, the typed model of workflows and
 * action metadata, validation into diagnostics, {@code ${{ }}} expressions, trigger filters and cron.
 * No threads and no I/O beyond reading the source it is given ({@code hashFiles} reads the workspace the caller
 * names). Must not import anything from the other Gantry modules.
 */
package dev.gantry.workflow;
