package app.innkeep.standby.web;

import io.micronaut.serde.annotation.Serdeable;

/** The standby's problem+json: what went wrong, and the field it belongs to when there is one. */
@Serdeable
public record ProblemBody(String title, int status, String detail, String field) {}
