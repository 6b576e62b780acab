package se.socialkontakt.systemtest.chaos;

import java.time.Duration;

/**
 * How long the harness drives load, how many faults it injects meanwhile at least, and how many journeys (a young
 * person's chat, a resident's application, an agent's case, a visitor's feedback and FAQ votes) it starts per second.
 */
public record ChaosSettings(Duration load, int killsAtLeast, double journeysPerSecond) {

    /** The short run of mvn verify: two minutes on CI's two cores, one fault of each kind. */
    public static ChaosSettings shortRun() {
        return new ChaosSettings(Duration.ofMinutes(2), FaultKind.values().length, 1.0);
    }

    /** deploy/chaos.sh's options: --minutes 30 --kills-at-least 50 --rate 2 (journeys per second). */
    public static ChaosSettings fromArguments(String... arguments) {
        ChaosSettings settings = new ChaosSettings(Duration.ofMinutes(30), 50, 2.0);
        for (int i = 0; i < arguments.length; i += 2) {
            if (i + 1 >= arguments.length) {
                throw new IllegalArgumentException(arguments[i] + " needs a value");
            }
            String value = arguments[i + 1];
            settings = switch (arguments[i]) {
                case "--minutes" -> new ChaosSettings(Duration.ofSeconds(Math.round(Double.parseDouble(value) * 60)),
                        settings.killsAtLeast, settings.journeysPerSecond);
                case "--kills-at-least" -> new ChaosSettings(settings.load, Integer.parseInt(value),
                        settings.journeysPerSecond);
                case "--rate" -> new ChaosSettings(settings.load, settings.killsAtLeast, Double.parseDouble(value));
                default -> throw new IllegalArgumentException("Unknown option " + arguments[i]
                        + " (known: --minutes, --kills-at-least, --rate)");
            };
        }
        return settings;
    }
}
