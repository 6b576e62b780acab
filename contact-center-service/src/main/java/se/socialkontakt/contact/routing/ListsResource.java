package se.socialkontakt.contact.routing;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The fixed lists agents choose from (categories with their routing rule, target groups, units) and who works in
 * which unit. Anyone may read the lists (the public forms use them); only the admin changes them. A code once used
 * is never deleted, only made inactive, so old cases and statistics keep their meaning.
 */
@Path("/api/lists")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ListsResource {
    static final String CODE = "[A-Z][A-Z0-9_]{0,39}";

    private final Routing routing;

    ListsResource(Routing routing) {
        this.routing = routing;
    }

    public record Entry(@NotNull @Pattern(regexp = CODE) String code, @NotBlank @Size(max = 120) String sv,
            @NotBlank @Size(max = 120) String en, boolean active) {
    }

    public record CategoryEntry(@NotNull @Pattern(regexp = CODE) String code, @NotBlank @Size(max = 120) String sv,
            @NotBlank @Size(max = 120) String en, boolean active, @Pattern(regexp = CODE) String unit) {
    }

    public record Lists(List<CategoryEntry> categories, List<Entry> targetGroups, List<Entry> units) {
    }

    public record Members(@NotNull @Size(max = 200) List<@NotBlank @Size(max = 100) String> usernames) {
    }

    @GET
    @PermitAll
    public Lists lists() {
        return new Lists(
                CaseCategory.<CaseCategory>listAll().stream().sorted((a, b) -> a.code.compareTo(b.code))
                        .map(c -> new CategoryEntry(c.code, c.nameSv, c.nameEn, c.active, c.unitCode)).toList(),
                TargetGroup.<TargetGroup>listAll().stream().sorted((a, b) -> a.code.compareTo(b.code))
                        .map(t -> new Entry(t.code, t.nameSv, t.nameEn, t.active)).toList(),
                Unit.<Unit>listAll().stream().sorted((a, b) -> a.code.compareTo(b.code))
                        .map(u -> new Entry(u.code, u.nameSv, u.nameEn, u.active)).toList());
    }

    @PUT
    @Path("/units")
    @RolesAllowed("admin")
    @Transactional
    public Lists replaceUnits(@NotNull @Size(max = 200) List<@Valid @NotNull Entry> units) {
        replace(Unit.listAll(), units.stream().map(Entry::code).collect(Collectors.toSet()));
        units.forEach(entry -> upsert(Unit.class, Unit::new, entry.code()).rename(entry.sv(), entry.en(), entry.active()));
        return lists();
    }

    @PUT
    @Path("/categories")
    @RolesAllowed("admin")
    @Transactional
    public Lists replaceCategories(@NotNull @Size(max = 200) List<@Valid @NotNull CategoryEntry> categories) {
        for (CategoryEntry entry : categories) {
            if (entry.unit() != null && !routing.isActiveUnit(entry.unit())) {
                throw HttpProblem.builder().withStatus(Response.Status.BAD_REQUEST).withTitle("Unknown unit")
                        .withDetail("The routing rule of " + entry.code() + " names no active unit")
                        .with("unit", entry.unit()).build();
            }
        }
        replace(CaseCategory.listAll(), categories.stream().map(CategoryEntry::code).collect(Collectors.toSet()));
        for (CategoryEntry entry : categories) {
            CaseCategory category = upsert(CaseCategory.class, CaseCategory::new, entry.code());
            category.rename(entry.sv(), entry.en(), entry.active());
            category.unitCode = entry.unit();
        }
        return lists();
    }

    @PUT
    @Path("/target-groups")
    @RolesAllowed("admin")
    @Transactional
    public Lists replaceTargetGroups(@NotNull @Size(max = 50) List<@Valid @NotNull Entry> groups) {
        replace(TargetGroup.listAll(), groups.stream().map(Entry::code).collect(Collectors.toSet()));
        groups.forEach(entry -> upsert(TargetGroup.class, TargetGroup::new, entry.code())
                .rename(entry.sv(), entry.en(), entry.active()));
        return lists();
    }

    /** Entries left out of a new list become inactive: a code once used is never deleted. */
    private static void replace(List<? extends ListedCode> existing, Set<String> kept) {
        existing.stream().filter(entry -> !kept.contains(entry.code)).forEach(entry -> entry.active = false);
    }

    private static <T extends ListedCode> T upsert(Class<T> type, Supplier<T> create, String code) {
        T entry = Panache.getEntityManager(type).find(type, code);
        if (entry == null) {
            entry = create.get();
            entry.code = code;
            entry.persist();
        }
        return entry;
    }

    @PUT
    @Path("/units/{code}/members")
    @RolesAllowed("admin")
    @Transactional
    public Members replaceMembers(@PathParam("code") String code, @Valid @NotNull Members members) {
        if (!routing.isActiveUnit(code)) {
            throw HttpProblem.builder().withStatus(Response.Status.NOT_FOUND).withTitle("Unknown unit")
                    .withDetail("There is no active unit " + code).build();
        }
        routing.replaceMembers(code, members.usernames().stream().map(String::strip).toList());
        return members;
    }
}
