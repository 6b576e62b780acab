package se.socialkontakt.support.unavailable;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.interceptor.InterceptorBinding;

/**
 * A method that must not fail because the database is briefly unreachable: a consumer of Kafka records, which would
 * otherwise nack the record and stop its channel for good (fail-stop) when PostgreSQL restarts or fails over. The call
 * is made again, each time in a transaction of its own, until the database answers or {@link DatabaseWait} gives up.
 */
@InterceptorBinding
@Retention(RUNTIME)
@Target({ METHOD, TYPE })
public @interface WaitsForDatabase {
}
