/**
 * YAML with positions: loads one YAML document into a small sealed tree ({@link dev.gantry.workflow.yaml.YamlNode})
 * whose every node carries its {@link dev.gantry.workflow.diag.Span}, reads scalars with the YAML 1.2 core schema
 * as GitHub does ({@code yes}/{@code on} are strings), and reports syntax errors, unsupported tags and exceeded
 * limits as diagnostics instead of exceptions. Used by the workflow reader and the action metadata reader.
 * Imports only the JDK, snakeyaml-engine and {@code dev.gantry.workflow.diag}; knows nothing of workflows.
 */
package dev.gantry.workflow.yaml;
