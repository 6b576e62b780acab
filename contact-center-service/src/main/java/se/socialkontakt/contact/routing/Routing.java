package se.socialkontakt.contact.routing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.List;
import java.util.Optional;

/** The admin's lists and rules as the rest of the contact center asks for them. */
@ApplicationScoped
public class Routing {
    private final EntityManager entityManager;

    Routing(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public boolean isActiveCategory(String code) {
        CaseCategory category = CaseCategory.findById(code);
        return category != null && category.active;
    }

    public boolean isActiveTargetGroup(String code) {
        TargetGroup group = TargetGroup.findById(code);
        return group != null && group.active;
    }

    public boolean isActiveUnit(String code) {
        Unit unit = Unit.findById(code);
        return unit != null && unit.active;
    }

    /** The unit the rule sends a category's cases to. */
    public Optional<String> unitFor(String categoryCode) {
        CaseCategory category = CaseCategory.findById(categoryCode);
        return Optional.ofNullable(category).map(c -> c.unitCode);
    }

    /** The units whose lists the handler works. */
    @SuppressWarnings("unchecked")
    public List<String> unitsOf(String handler) {
        return entityManager.createNativeQuery("SELECT unit_code FROM unit_member WHERE username = ?1 ORDER BY 1")
                .setParameter(1, handler).getResultList();
    }

    public void replaceMembers(String unitCode, List<String> usernames) {
        entityManager.createNativeQuery("DELETE FROM unit_member WHERE unit_code = ?1").setParameter(1, unitCode)
                .executeUpdate();
        usernames.stream().distinct().forEach(user -> entityManager.createNativeQuery(
                        "INSERT INTO unit_member (unit_code, username) VALUES (?1, ?2)")
                .setParameter(1, unitCode).setParameter(2, user).executeUpdate());
    }
}
