package dev.gantry.runner.envfile;

/** The files through which a step talks back to the runner, by the environment variable that names each. */
public enum EnvFileKind {
    ENV("GITHUB_ENV"),
    OUTPUT("GITHUB_OUTPUT"),
    STATE("GITHUB_STATE"),
    PATH("GITHUB_PATH"),
    STEP_SUMMARY("GITHUB_STEP_SUMMARY");

    private final String variable;

    EnvFileKind(String variable) {
        this.variable = variable;
    }

    /** The environment variable holding the file's path, e.g. {@code GITHUB_OUTPUT}. */
    public String variable() {
        return variable;
    }
}
