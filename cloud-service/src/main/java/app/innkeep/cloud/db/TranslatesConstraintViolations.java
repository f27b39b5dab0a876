package app.innkeep.cloud.db;

import io.micronaut.aop.Around;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A repository whose refused writes surface as {@link Db.ConstraintViolated}, as those through {@link Db} do, so a
 * service catches one exception for a lost race and the problem handler answers 409 for both (ADR 0015). Both
 * repository stereotypes carry it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Around
public @interface TranslatesConstraintViolations {}
