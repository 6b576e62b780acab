package se.socialkontakt.support.crisis;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.List;
import java.util.UUID;

/** The banners of the moment, for the script every resident page includes ({@code /socialkontakt/crisis-banner.js}). */
@Path("/api/crisis-banner")
@PermitAll
public class CrisisBannerResource {
    private final CrisisBoard board;

    CrisisBannerResource(CrisisBoard board) {
        this.board = board;
    }

    public record Banner(UUID id, String lang, String text) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<Banner> showing(@QueryParam("lang") @Pattern(regexp = "sv|en") String lang) {
        boolean english = "en".equals(lang);
        return board.showing().stream().map(notice -> english && notice.textEn() != null
                ? new Banner(notice.id(), "en", notice.textEn())
                : new Banner(notice.id(), "sv", notice.textSv())).toList();
    }
}
