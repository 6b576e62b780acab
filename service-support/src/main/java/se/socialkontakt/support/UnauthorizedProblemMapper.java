package se.socialkontakt.support;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticator;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Map;

/**
 * Answers a missing or rejected login (no token, or an invalid or expired one) with 401 problem+json and the authentication challenge. resteasy-problem
 * 3.21 has such a mapper, but it reads a field of {@link ChallengeData} that Quarkus 3.32 no longer has and fails
 * with a 500; this one takes precedence until the extension catches up with the platform.
 */
public class UnauthorizedProblemMapper {

    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Uni<Response> unauthorized(RoutingContext context, UnauthorizedException exception) {
        return challenge(context, "Log in to use this resource");
    }

    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Uni<Response> authenticationFailed(RoutingContext context, AuthenticationFailedException exception) {
        return challenge(context, "The login was not accepted; log in again");
    }

    private static Uni<Response> challenge(RoutingContext context, String detail) {
        HttpAuthenticator authenticator = context.get(HttpAuthenticator.class.getName());
        Uni<ChallengeData> challenge = authenticator == null ? Uni.createFrom().nullItem()
                : authenticator.getChallenge(context).onFailure().recoverWithNull();
        return challenge.map(data -> {
            HttpProblem.Builder problem = HttpProblem.builder()
                    .withStatus(Response.Status.UNAUTHORIZED)
                    .withTitle(Response.Status.UNAUTHORIZED.getReasonPhrase())
                    .withDetail(detail);
            if (data != null) {
                for (Map.Entry<CharSequence, String> header : data.getHeaders().entrySet()) {
                    problem.withHeader(header.getKey().toString(), header.getValue());
                }
            }
            return problem.build().toResponse();
        });
    }
}
