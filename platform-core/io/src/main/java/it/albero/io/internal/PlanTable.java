package it.albero.io.internal;

import java.util.List;

/**
 * The spreadsheet form of a plan (CSV and XLSX): one row per indicator, the ten required Italian columns
 * first, then optional columns for what those cannot hold. Codes travel as {@code CODICE - testo} in the
 * Ente, Settore, Obiettivo, Fase and Indicatore columns; {@code Parametri} and {@code Tag obiettivo} are
 * YAML flow mappings. A node without indicators has a row with the deeper columns empty. See
 * docs/plan-format.md, "Il piano in CSV e XLSX".
 * <p>
 * The columns are here; {@link PlanTableWriter} writes a plan as rows, {@link PlanTableReader} reads rows back.
 */
final class PlanTable {

    static final String ENTE = "Ente";
    static final String SETTORE = "Settore";
    static final String OBIETTIVO = "Obiettivo";
    static final String FASE = "Fase";
    static final String INDICATORE = "Indicatore";
    static final String RISULTATO = "Risultato atteso";
    static final String TEMPI = "Tempi";
    static final String PESO = "Peso";
    static final String TIPO = "Tipo";
    static final String PARAMETRI = "Parametri";
    static final String PIANO = "Piano";
    static final String ANNO_INIZIO = "Anno inizio";
    static final String ANNO_FINE = "Anno fine";
    static final String ANNO_RIF = "Anno di riferimento";
    static final String STATO = "Stato piano";
    static final String TIPO_UNITA = "Tipo unità";
    static final String MODULO = "Modulo";
    static final String REV_UNITA = "Revisione unità";
    static final String PESO_OBIETTIVO = "Peso obiettivo";
    static final String TAG_OBIETTIVO = "Tag obiettivo";
    static final String REV_OBIETTIVO = "Revisione obiettivo";
    static final String REVISIONE = "Revisione";

    /** The required headers, in order. */
    static final List<String> REQUIRED = List.of(ENTE, SETTORE, OBIETTIVO, FASE, INDICATORE, RISULTATO, TEMPI, PESO,
            TIPO, PARAMETRI);
    /** The optional headers Albero writes after the required ones. */
    static final List<String> OPTIONAL = List.of(PIANO, ANNO_INIZIO, ANNO_FINE, ANNO_RIF, STATO, TIPO_UNITA, MODULO,
            REV_UNITA, PESO_OBIETTIVO, TAG_OBIETTIVO, REV_OBIETTIVO, REVISIONE);

    /** Separates a code from its text. */
    static final String SEP = " - ";
    /** Separates nested phases in the Fase column. */
    static final String PHASE_SEP = " » ";

    private PlanTable() {
    }
}
