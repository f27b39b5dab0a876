package app.innkeep.standby.cli;

import java.util.Map;

/** How a sync run the CLI asked for ended (sync, resync, pair), as the standby answers it. */
record SyncRunAnswer(Result result, String message) {

    /** The results a sync run ends with; only {@link #OK} is a success. */
    enum Result {
        OK,
        SKIPPED,
        STOPPED,
        RESYNC,
        FAILED
    }

    static SyncRunAnswer of(Object json) {
        Map<?, ?> answer = (Map<?, ?>) json;
        return new SyncRunAnswer(
                Result.valueOf(String.valueOf(answer.get("result"))), String.valueOf(answer.get("message")));
    }

    boolean succeeded() {
        return result == Result.OK;
    }
}
