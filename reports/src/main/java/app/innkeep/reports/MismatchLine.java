package app.innkeep.reports;

/** One differing field of one master-data entry: the cloud's value and the standby's. */
public record MismatchLine(String kind, String code, String problem, String field, String cloud, String standby) {}
