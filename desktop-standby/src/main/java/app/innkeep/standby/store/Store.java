package app.innkeep.standby.store;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class that owns SQL on the replica: only stores (and Micronaut Data repositories) may use {@link Replica},
 * {@link ReplicaBatch} or JDBC, which the architecture rules check. Services call stores in the hotel's words.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Store {}
