package it.albero.sector.urbanistica.internal;

import java.util.ArrayList;
import java.util.List;

import it.albero.api.model.Indicator;
import it.albero.api.model.Values;
import it.albero.api.spi.Steps;
import it.albero.api.spi.Steps.Planned;

/**
 * The phases of a variant of the PGT (piano di governo del territorio, L.R. Lombardia 12/2005 art. 13, with its VAS
 * under D.Lgs. 152/2006) in their legal order, and the minimum periods between them:
 * <ul>
 * <li>start of the procedure (Giunta resolution and public notice): at least 15 days for suggestions and proposals
 * before the next phase (art. 13 c. 2);</li>
 * <li>VAS scoping, then the environmental report made available: 45 days of public consultation before the adoption
 * (art. 14 c. 2 D.Lgs. 152/2006);</li>
 * <li>adoption by the Council, then publication: deposited 30 days, and 30 more for observations (art. 13 c. 4), so
 * the approval comes at least 60 days after the publication, and within 90 days of the end of the observations
 * (art. 13 c. 7, on pain of losing effect);</li>
 * <li>approval, then publication in the BURL, from which the variant takes effect (art. 13 c. 11).</li>
 * </ul>
 */
final class PgtVariant {

    static final Steps PHASES = new Steps(List.of("avvio", "scoping", "rapporto-ambientale", "adozione", "pubblicazione",
            "approvazione", "burl"));

    /** A minimum (or maximum) period between two phases, in days. */
    record Period(String from, String to, int days, boolean maximum, String law) {
    }

    static final List<Period> PERIODS = List.of(
            new Period("avvio", "scoping", 15, false, "art. 13 c. 2 L.R. 12/2005"),
            new Period("rapporto-ambientale", "adozione", 45, false, "art. 14 c. 2 D.Lgs. 152/2006"),
            new Period("pubblicazione", "approvazione", 60, false, "art. 13 c. 4 L.R. 12/2005"),
            new Period("pubblicazione", "approvazione", 150, true, "art. 13 c. 7 L.R. 12/2005"));

    private PgtVariant() {
    }

    static List<Planned> planned(Indicator i) {
        List<Planned> out = new ArrayList<>();
        for (Values v : i.parameters().valuesList("fasi")) {
            out.add(new Planned(PHASES.step(v, "fase", List.of()), v.requireDate("scadenza")));
        }
        return out;
    }
}
