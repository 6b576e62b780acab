package se.socialkontakt.contact.routing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A category of contact; its unit is the routing rule for cases that need more than a first answer. */
@Entity
@Table(name = "category")
public class CaseCategory extends ListedCode {
    @Column(name = "unit_code")
    public String unitCode;
}
