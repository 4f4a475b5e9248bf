/**
 * The {@code gantry} command line: one picocli command class per verb. The composition root of Gantry:
 * the only module that wires the others together.
 */
package dev.gantry.cli;
