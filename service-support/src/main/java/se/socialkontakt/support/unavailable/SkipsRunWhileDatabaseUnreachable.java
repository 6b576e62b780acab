package se.socialkontakt.support.unavailable;

import jakarta.interceptor.InterceptorBinding;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/**
 * A scheduled job that finds the database unreachable skips that run, and the next run tries again: what it had to do
 * stays in the database until then. The outage is logged as one WARN line when the job first meets it and one INFO line
 * when a run succeeds again; the runs in between log at DEBUG. Without it the scheduler logs every failed run at ERROR
 * with the whole stack trace: during a restart of PostgreSQL, once a second for each job that runs every second.
 * Any other failure goes on to the scheduler (or the job's own handling) as before.
 * <p>
 * Runs while the service starts or stops are not its concern: the scheduler runs no job then
 * (service-support's {@code scheduler/JobsRunWhileServing}). An interceptor could not skip them anyway: the
 * outbox relay's bean failed as it was created during start-up (SRMSG00019), before any interceptor of its method ran.
 */
@InterceptorBinding
@Retention(RUNTIME)
@Target({ METHOD, TYPE })
public @interface SkipsRunWhileDatabaseUnreachable {
}
