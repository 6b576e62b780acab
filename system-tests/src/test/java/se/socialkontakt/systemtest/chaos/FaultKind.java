package se.socialkontakt.systemtest.chaos;

/** What the harness kills with SIGKILL (PostgreSQL: a fast stop), one kind after the other. */
public enum FaultKind {
    SERVICE_INSTANCE("a service instance"),
    KAFKA_BROKER("a Kafka broker"),
    KAFKA_CONTROLLER_LEADER("the Kafka controller leader"),
    POSTGRESQL("PostgreSQL (fast stop)");

    private final String label;

    FaultKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
