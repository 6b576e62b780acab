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
 * No run starts while the service starts or stops, when the pool and Hibernate are not there to use, and a run that the
 * shutdown overtakes ends quietly whatever it met: what it had to do waits in the database for the next instance. One
 * mechanism for every job, so a new job cannot forget it ({@code skipExecutionIf} covered only the runs triggered after
 * the shutdown began).
 */
@InterceptorBinding
@Retention(RUNTIME)
@Target({ METHOD, TYPE })
public @interface SkipsRunWhileDatabaseUnreachable {
}
