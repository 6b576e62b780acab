package se.socialkontakt.support;

import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import io.quarkiverse.resteasy.problem.ExceptionMapperBase;
import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A value of the right JSON type that cannot be read (a word where a code from a list goes, a date that is none).
 * resteasy-problem's own mapper puts Jackson's message in the detail, and so in the log, and that message quotes the
 * value: a personal identity number typed into the channel field ended up in the service's log. This one names the
 * field and, for a list of codes, the accepted ones, and never the value sent.
 */
@Provider
// resteasy-problem registers its own mapper for this exception with priority 999 at build time: this one comes first.
@Priority(500)
public class UnreadableValueProblemMapper extends ExceptionMapperBase<InvalidFormatException> {

    @Override
    protected HttpProblem toProblem(InvalidFormatException exception) {
        String field = exception.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."));
        Class<?> target = exception.getTargetType();
        String accepted = target != null && target.isEnum()
                ? ": one of " + Arrays.stream(target.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                        .collect(Collectors.joining(", "))
                : "";
        return HttpProblem.builder()
                .withStatus(Response.Status.BAD_REQUEST)
                .withTitle("Bad Request")
                .withDetail((field.isEmpty() ? "A value" : "'" + field + "'") + " must be a valid value" + accepted)
                .with("field", field)
                .build();
    }
}
