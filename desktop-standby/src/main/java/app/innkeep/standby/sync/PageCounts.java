package app.innkeep.standby.sync;

/** What became of a feed page's events: how many were applied, how many held. */
public record PageCounts(int applied, int held) {}
