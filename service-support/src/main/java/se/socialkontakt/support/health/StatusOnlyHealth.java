package se.socialkontakt.support.health;

import io.smallrye.health.api.HealthContentFilter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * Health answers carry each check's name and status, never its data: the built-in checks put exception text, broker
 * addresses and channel errors there, which tell an attacker more than a probe needs. SmallRye Health logs the whole
 * report (data included) when a check is DOWN, so operators still read why in the log. Written here because Quarkus
 * has no setting to leave the data out.
 */
@ApplicationScoped
public class StatusOnlyHealth implements HealthContentFilter {

    @Override
    public JsonObject filter(JsonObject payload) {
        JsonArrayBuilder checks = Json.createArrayBuilder();
        payload.getJsonArray("checks").getValuesAs(JsonObject.class).forEach(check -> checks.add(Json
                .createObjectBuilder().add("name", check.get("name")).add("status", check.get("status"))));
        return Json.createObjectBuilder().add("status", payload.getOrDefault("status", JsonValue.NULL))
                .add("checks", checks).build();
    }
}
