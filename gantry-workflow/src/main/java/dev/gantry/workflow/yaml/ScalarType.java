package dev.gantry.workflow.yaml;

/** The YAML 1.2 core schema type of a scalar, after explicit tags ({@code !!str 0}) are taken into account. */
public enum ScalarType {
    NULL, BOOL, INT, FLOAT, STRING
}
