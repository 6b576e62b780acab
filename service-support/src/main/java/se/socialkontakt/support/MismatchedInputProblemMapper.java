package se.socialkontakt.support;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkiverse.resteasy.problem.ExceptionMapperBase;
import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import java.util.stream.Collectors;

/**
 * quarkus-rest-jackson answers a body of the wrong JSON shape (an array for an object, a string for a number) with
 * a bare 400 from its own, more specific mapper; this one takes precedence so the answer is problem+json like every
 * other error. It extends resteasy-problem's base so logging, metrics and the format stay the extension's.
 */
@Provider
@Priority(Priorities.USER - 100)
public class MismatchedInputProblemMapper extends ExceptionMapperBase<MismatchedInputException> {

    @Override
    protected HttpProblem toProblem(MismatchedInputException exception) {
        String field = exception.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."));
        return HttpProblem.builder()
                .withStatus(Response.Status.BAD_REQUEST)
                .withTitle("Bad Request")
                .withDetail(field.isEmpty() ? "The request body does not have the expected form"
                        : "'" + field + "' does not have the expected form")
                .build();
    }
}
