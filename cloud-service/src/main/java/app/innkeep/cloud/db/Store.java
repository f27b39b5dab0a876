package app.innkeep.cloud.db;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A class that owns SQL: only stores (and Micronaut Data repositories) may use {@link Db} or JDBC, which the
 * architecture rules check. Services and controllers call stores by what they mean for the hotel.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Store {}
