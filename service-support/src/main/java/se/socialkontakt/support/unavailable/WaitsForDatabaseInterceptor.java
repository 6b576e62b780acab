package se.socialkontakt.support.unavailable;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/**
 * Runs before the transaction interceptor (priority 200), so that every attempt has a transaction, and a connection,
 * of its own. SmallRye Fault Tolerance's {@code @Retry} runs after it (PLATFORM_AFTER + 10) and would make the attempts
 * inside the transaction whose connection failed; and its retry is chosen by exception class, where a database that
 * cannot be reached shows only deep in the cause chain ({@link DatabaseUnreachable}).
 */
@WaitsForDatabase
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
class WaitsForDatabaseInterceptor {
    private final DatabaseWait wait = new DatabaseWait();

    @AroundInvoke
    Object waitForDatabase(InvocationContext invocation) throws Exception {
        return wait.call(invocation::proceed);
    }
}
