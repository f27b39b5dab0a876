package app.innkeep.cloud.db;

import io.micronaut.context.annotation.Requires;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A repository's methods compiled for PostgreSQL, the bean when the service runs on it (ADR 0015). */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@TranslatesConstraintViolations
@JdbcRepository(dialect = Dialect.POSTGRES)
@Requires(property = "datasources.default.url", pattern = "jdbc:postgresql:.*")
public @interface PostgresRepository {}
