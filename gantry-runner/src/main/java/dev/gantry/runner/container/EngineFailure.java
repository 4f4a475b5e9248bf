package dev.gantry.runner.container;

/** The container engine refused or failed a request; the message is one sentence for the job log. */
public final class EngineFailure extends Exception {
    private static final long serialVersionUID = 1L;

    public EngineFailure(String message) {
        super(message);
    }

    /** The engine's own words for a failure, without the transport's noise. */
    static String reason(RuntimeException e) {
        String text = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        text = text.replaceAll("^Status \\d+: ", "").strip();
        if (text.startsWith("{\"message\":\"") && text.endsWith("\"}")) {
            text = text.substring(12, text.length() - 2);
        }
        return text;
    }
}
