package se.socialkontakt.analytics.aggregate;

/**
 * One aggregate cell of a day: a measure with its dimensions. A dimension a measure does not use, or an unknown one,
 * is the empty string, so that every cell has one key. {@code bucket} is the histogram bucket of measures that keep a
 * distribution, 0 for the others.
 */
public record Cell(Measure measure, String channel, String category, String targetGroup, String unit, String item,
        int bucket) {

    public static Cell of(Measure measure) {
        return new Cell(measure, "", "", "", "", "", 0);
    }

    public static Cell of(Measure measure, String item) {
        return new Cell(measure, "", "", "", "", orEmpty(item), 0);
    }

    public Cell withCase(CaseDimensions dimensions) {
        return new Cell(measure, dimensions.channel(), dimensions.category(), dimensions.targetGroup(), unit, item,
                bucket);
    }

    public Cell withUnit(String value) {
        return with(Dimension.UNIT, orEmpty(value));
    }

    /** This cell with one dimension set to a value ('' for unknown). */
    public Cell with(Dimension dimension, String value) {
        return switch (dimension) {
            case CHANNEL -> new Cell(measure, value, category, targetGroup, unit, item, bucket);
            case CATEGORY -> new Cell(measure, channel, value, targetGroup, unit, item, bucket);
            case TARGET_GROUP -> new Cell(measure, channel, category, value, unit, item, bucket);
            case UNIT -> new Cell(measure, channel, category, targetGroup, value, item, bucket);
        };
    }

    public Cell withBucket(int value) {
        return new Cell(measure, channel, category, targetGroup, unit, item, value);
    }

    static String orEmpty(Object value) {
        return value == null ? "" : value.toString();
    }
}
