package se.socialkontakt.analytics.kpi;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;

/**
 * One stored event as the figures read it. For a contact case's later events, {@code caseData} is the payload of the
 * case's "opened" event, whose channel, category and target group the filters apply to.
 */
public record Fact(String type, Instant at, JsonNode data, JsonNode caseData) {

    public boolean is(String shortType) {
        return type.equals("se.socialkontakt." + shortType + ".v1");
    }

    public String text(String field) {
        JsonNode value = data.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    public double number(String field) {
        return data.path(field).asDouble();
    }

    public boolean flag(String field) {
        return data.path(field).asBoolean();
    }

    /** A dimension of the contact case this event belongs to (or of the event itself, for "opened"). */
    public String caseDimension(String field) {
        JsonNode source = caseData != null ? caseData : data;
        JsonNode value = source.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
