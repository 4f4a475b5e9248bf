/**
 * {@code gantry actions}: the command group that fills and shows the offline action store —
 * {@code import OWNER/REPO@REF --from SOURCE} and {@code list}. Thin: parsing, the store's location
 * ({@link dev.gantry.cli.GantryHome}) and output; the work is done by {@code dev.gantry.runner.store}.
 * Must not import the engine, the host executor or the run command's packages.
 */
package dev.gantry.cli.actions;
