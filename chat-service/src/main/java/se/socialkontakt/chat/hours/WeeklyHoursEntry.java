package se.socialkontakt.chat.hours;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalTime;

/** One weekday's opening hours as stored; a weekday without a row is closed. */
@Entity
@Table(name = "opening_hours")
public class WeeklyHoursEntry extends PanacheEntityBase {
    /** ISO day of week, 1 = Monday. */
    @Id
    @Column(name = "day_of_week")
    public short dayOfWeek;

    @Column(nullable = false)
    public LocalTime opens;

    @Column(nullable = false)
    public LocalTime closes;
}
