package se.socialkontakt.contact.routing;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A unit of social services that receives routed cases and feedback. */
@Entity
@Table(name = "unit")
public class Unit extends ListedCode {
}
