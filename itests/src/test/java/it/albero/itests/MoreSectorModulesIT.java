package it.albero.itests;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * Issue 14 on the real distribution: each of the seven other sector modules installed alone on the core, live, shows
 * its types and checks (albero:modules, albero:types, albero:checks), records a measurement, evaluates the seed's
 * indicators of its types and, with albero:eval, the units it serves; uninstalled, its indicators are "modulo non
 * installato" with the data kept; installed again, the same evaluations ({@link AlberoTestSupport#moduleAlone}).
 * <p>
 * One container: each test installs its module and uninstalls it before it ends, so every module is alone on the
 * core whatever the order.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class MoreSectorModulesIT extends AlberoTestSupport {

    @Test
    public void finanziario() throws Exception {
        moduleAlone("finanziario", "it.albero.sector.finanziario", "FIN-01.1",
                "ambito=Illuminazione costo_triennio=40.000 costo_proposto=38.000", "FIN");
    }

    @Test
    public void risorseUmane() throws Exception {
        moduleAlone("risorse-umane", "it.albero.sector.risorseumane", "RU-01.1", "previste=10 assunte=7 concorsi=4", "RU");
    }

    @Test
    public void segreteria() throws Exception {
        moduleAlone("segreteria", "it.albero.sector.segreteria", "SEG-12.1", "contratto=Rep.101 registrazione=10/07/2025",
                "SEG", "SGR", "TRA1", "TRA2");
    }

    @Test
    public void manutenzione() throws Exception {
        moduleAlone("manutenzione", "it.albero.sector.manutenzione", "MAN-09.2", "fase=fine-lavori", "MAN");
    }

    @Test
    public void urbanistica() throws Exception {
        moduleAlone("urbanistica", "it.albero.sector.urbanistica", "URB-05.4", "vta=30 schede_aggiornate=28 classe_d=1", "URB");
    }

    @Test
    public void cultura() throws Exception {
        moduleAlone("cultura", "it.albero.sector.cultura", "CUL-01.1", "iniziativa=Cineforum partecipanti=40", "CUL");
    }

    @Test
    public void relazioniCittadino() throws Exception {
        moduleAlone("relazioni-cittadino", "it.albero.sector.relazionicittadino", "REL-09.2", "follower=1.250", "REL");
    }
}
