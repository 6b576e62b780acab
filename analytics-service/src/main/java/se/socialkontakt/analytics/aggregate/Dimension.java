package se.socialkontakt.analytics.aggregate;

import java.util.function.Function;

/** A dimension of the cells that a view can be narrowed or broken down by. */
public enum Dimension {
    CHANNEL("channel", Cell::channel),
    CATEGORY("category", Cell::category),
    TARGET_GROUP("target_group", Cell::targetGroup),
    UNIT("unit", Cell::unit);

    private final String column;
    private final Function<Cell, String> value;

    Dimension(String column, Function<Cell, String> value) {
        this.column = column;
        this.value = value;
    }

    String column() {
        return column;
    }

    public String of(Cell cell) {
        return value.apply(cell);
    }

    Cell without(Cell cell) {
        return cell.with(this, "");
    }
}
