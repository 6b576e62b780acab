package se.socialkontakt.support.unavailable;

import io.quarkus.logging.Log;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Runs before the transaction interceptor (priority 200), so that a commit that cannot reach the database is caught
 * too.
 */
@SkipsRunWhileDatabaseUnreachable
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
class SkipsRunWhileDatabaseUnreachableInterceptor {
    /** The jobs whose last run could not reach the database. */
    private final Set<String> inOutage = ConcurrentHashMap.newKeySet();
    private final ApplicationRunning application;

    @Inject
    SkipsRunWhileDatabaseUnreachableInterceptor(ApplicationRunning application) {
        this.application = application;
    }

    @AroundInvoke
    Object run(InvocationContext invocation) throws Exception {
        return run(invocation.getMethod().getDeclaringClass().getSimpleName() + "." + invocation.getMethod().getName(),
                invocation::proceed);
    }

    /** Runs the job; answers null for a run skipped because the database could not be reached, or not used. */
    Object run(String job, Callable<?> run) throws Exception {
        if (!application.running()) {
            Log.debugf("%s: the service is starting or stopping; run skipped", job);
            return null;
        }
        Object result;
        try {
            result = run.call();
        } catch (Exception failure) {
            if (!application.running()) {
                // The shutdown began during the run and closed what it used (the pool, the EntityManagerFactory).
                Log.debugf("%s: the run was cut short by the shutdown (%s)", job, failure);
                return null;
            }
            var unreachable = DatabaseUnreachable.cause(failure);
            if (unreachable.isEmpty()) {
                throw failure;
            }
            if (inOutage.add(job)) {
                Log.warnf("%s: the database cannot be reached (%s); the job skips its runs until it can", job,
                        unreachable.get());
            } else {
                Log.debugf("%s: the database still cannot be reached; run skipped", job);
            }
            return null;
        }
        if (inOutage.remove(job)) {
            Log.infof("%s: the database can be reached again; the job runs as before", job);
        }
        return result;
    }

    boolean inOutage(String job) {
        return inOutage.contains(job);
    }
}
