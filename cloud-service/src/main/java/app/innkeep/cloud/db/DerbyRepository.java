package app.innkeep.cloud.db;

import io.micronaut.context.annotation.Requires;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A repository's methods compiled for Derby, the bean when the service runs on it. Micronaut Data writes SQL at
 * compile time in one dialect per repository (ADR 0015); Derby speaks the ANSI {@code OFFSET ... FETCH} that the
 * Oracle dialect writes.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@TranslatesConstraintViolations
@JdbcRepository(dialect = Dialect.ORACLE)
@Requires(property = "datasources.default.url", pattern = "jdbc:derby:.*")
public @interface DerbyRepository {}
