package se.socialkontakt.contact.routing;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/** An entry of one of the admin's fixed lists: a stable code, its names, and whether it may be chosen now. */
@MappedSuperclass
public abstract class ListedCode extends PanacheEntityBase {
    @Id
    public String code;

    @Column(name = "name_sv", nullable = false)
    public String nameSv;

    @Column(name = "name_en", nullable = false)
    public String nameEn;

    public boolean active = true;

    void rename(String sv, String en, boolean isActive) {
        nameSv = sv.strip();
        nameEn = en.strip();
        active = isActive;
    }
}
