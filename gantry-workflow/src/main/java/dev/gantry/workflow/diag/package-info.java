/**
 * Positions, spans and diagnostics: how every part of the workflow library reports a problem in user input.
 * Problems are collected in a {@link dev.gantry.workflow.diag.Diagnostics}, never thrown.
 * Imports nothing outside the JDK.
 */
package dev.gantry.workflow.diag;
