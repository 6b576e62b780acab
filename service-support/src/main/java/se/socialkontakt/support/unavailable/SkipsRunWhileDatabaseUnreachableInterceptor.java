package se.socialkontakt.support.unavailable;

import io.quarkus.logging.Log;
import jakarta.annotation.Priority;
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

    @AroundInvoke
    Object run(InvocationContext invocation) throws Exception {
        return run(invocation.getMethod().getDeclaringClass().getSimpleName() + "." + invocation.getMethod().getName(),
                invocation::proceed);
    }

    /** Runs the job; answers null for a run skipped because the database could not be reached. */
    Object run(String job, Callable<?> run) throws Exception {
        Object result;
        try {
            result = run.call();
        } catch (Exception failure) {
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
