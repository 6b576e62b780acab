package se.socialkontakt.chat.hours;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;

/** An exception date as stored: closed when it has no times. */
@Entity
@Table(name = "opening_exception")
public class ExceptionEntry extends PanacheEntityBase {
    @Id
    public LocalDate day;

    public LocalTime opens;

    public LocalTime closes;

    @Column(nullable = false)
    public String reason;

    HoursException toException() {
        return new HoursException(day, opens == null ? Optional.empty() : Optional.of(new DailyHours(opens, closes)),
                reason);
    }
}
