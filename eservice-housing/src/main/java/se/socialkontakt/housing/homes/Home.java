package se.socialkontakt.housing.homes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.ws.rs.core.Response;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** One of the city's homes for the elderly, as the public catalogue shows it. */
@Entity
@Table(name = "home")
public class Home extends PanacheEntityBase {
    public enum Specialisation {
        SOMATIC, DEMENTIA, PSYCHIATRY, LANGUAGE_FINNISH, LANGUAGE_ARABIC, LANGUAGE_PERSIAN, LGBTQ_CERTIFIED
    }

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String district;

    @Column(nullable = false)
    public String address;

    /** Comma separated {@link Specialisation} names. */
    @Column(nullable = false)
    String specialisations = "";

    @Column(name = "couples_welcome", nullable = false)
    public boolean couplesWelcome;

    @Column(nullable = false)
    public String phone;

    @Column(name = "description_sv", nullable = false)
    public String descriptionSv;

    @Column(name = "description_en")
    public String descriptionEn;

    @Column(name = "photo_path")
    public String photoPath;

    @Column(name = "photo_alt_sv")
    public String photoAltSv;

    @Column(name = "photo_alt_en")
    public String photoAltEn;

    public boolean active = true;

    public List<Specialisation> specialisations() {
        return specialisations.isEmpty() ? List.of()
                : Arrays.stream(specialisations.split(",")).map(Specialisation::valueOf).toList();
    }

    public void specialise(List<Specialisation> list) {
        specialisations = String.join(",", list.stream().distinct().map(Enum::name).toList());
    }

    /** Refuses wishes for homes that are not in the catalogue, blaming the answer "homes". */
    public static void requireInCatalogue(List<UUID> homes) {
        List<UUID> unknown = homes.stream().filter(home -> findById(home) == null).toList();
        if (!unknown.isEmpty()) {
            throw HttpProblem.builder().withStatus(Response.Status.BAD_REQUEST).withTitle("Unknown home")
                    .withDetail("There is no home " + unknown.get(0) + " in the catalogue").with("field", "homes").build();
        }
    }
}
