package dev.gantry.runner.store;

/** The sentence a job fails with at setup when a step uses an action the store does not hold. */
public final class MissingAction {

    private MissingAction() {}

    /**
     * {@code action OWNER/REPO@REF is not in the action store (STORE); import it with: gantry actions import
     * OWNER/REPO@REF --from <git url or folder>}.
     *
     * @param storeDescription how the store presents itself ({@code toString()} of the stores made here)
     */
    public static String message(String owner, String repo, String ref, String storeDescription) {
        String action = owner + "/" + repo + "@" + ref;
        return "action " + action + " is not in the action store (" + storeDescription
                + "); import it with: gantry actions import " + action + " --from <git url or folder>";
    }
}
