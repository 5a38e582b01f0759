package it.albero.itests;


import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * Issue 6 on the real distribution: each of the five sector modules, installed alone on the core, shows its types
 * and checks (Engine, albero:types, albero:checks, albero:modules with its version and counts) and evaluates the
 * seed's indicators of its types; uninstall then install keeps their measurements and gives identical evaluations.
 * <p>
 * One container: each test installs its module and uninstalls it before it ends, so every module is alone on the
 * core whatever the order.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class SectorModulesIT extends AlberoTestSupport {

    @Test
    public void entrate() throws Exception {
        moduleAlone("entrate", "it.albero.sector.entrate", "ENT-01.1", "emessi=12 da_emettere=15");
    }

    @Test
    public void poliziaLocale() throws Exception {
        moduleAlone("polizia-locale", "it.albero.sector.polizialocale", "PL-04.1", "controlli=30");
    }

    @Test
    public void welfare() throws Exception {
        moduleAlone("welfare", "it.albero.sector.welfare", "WEL-04.2", "richieste=20 soddisfatte=19");
    }

    @Test
    public void pnrr() throws Exception {
        moduleAlone("pnrr", "it.albero.sector.pnrr", "FIN-06.1", "importo=100000");
    }

    @Test
    public void pianoDiZona() throws Exception {
        moduleAlone("piano-di-zona", "it.albero.sector.pianodizona", "WEL-12.1", "promossi=4 partecipati=3");
    }
}
