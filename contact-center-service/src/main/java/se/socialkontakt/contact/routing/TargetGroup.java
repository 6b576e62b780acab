package se.socialkontakt.contact.routing;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** Whom a contact concerns, for follow-up: individuals with support, relatives, all residents, partners. */
@Entity
@Table(name = "target_group")
public class TargetGroup extends ListedCode {
}
