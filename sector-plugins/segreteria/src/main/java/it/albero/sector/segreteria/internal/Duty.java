package it.albero.sector.segreteria.internal;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The duties of the planning, anticorruption and transparency calendar of a comune, with their statutory date in a
 * year. The OIV attestation of the transparency grid has no date in the law: ANAC sets it each year, so the plan gives
 * it ({@code termine}).
 */
enum Duty {
    /** PIAO, with its anticorruption and transparency section: art. 6 c. 1 D.L. 80/2021 (30 days after the budget when it is deferred, DM 132/2022 art. 8 c. 2). */
    PIAO("piao", MonthDay.of(1, 31), "art. 6 c. 1 D.L. 80/2021"),
    /** Relazione sulla performance: art. 10 c. 1 lett. b D.Lgs. 150/2009. */
    RELAZIONE_PERFORMANCE("relazione-performance", MonthDay.of(6, 30), "art. 10 c. 1 lett. b D.Lgs. 150/2009"),
    /** Rendiconto della gestione: art. 227 c. 2 TUEL. */
    RENDICONTO("rendiconto", MonthDay.of(4, 30), "art. 227 c. 2 D.Lgs. 267/2000"),
    /** DUP presented to the Council: art. 170 c. 1 TUEL. */
    DUP("dup", MonthDay.of(7, 31), "art. 170 c. 1 D.Lgs. 267/2000"),
    /** Nota di aggiornamento al DUP: art. 170 c. 1 TUEL. */
    NOTA_DUP("nota-aggiornamento-dup", MonthDay.of(11, 15), "art. 170 c. 1 D.Lgs. 267/2000"),
    /** Bilancio di previsione for the next years: art. 151 c. 1 TUEL. */
    BILANCIO("bilancio-previsione", MonthDay.of(12, 31), "art. 151 c. 1 D.Lgs. 267/2000"),
    /** Annual report of the RPCT: art. 1 c. 14 L. 190/2012 (ANAC may defer it). */
    RELAZIONE_RPCT("relazione-rpct", MonthDay.of(12, 15), "art. 1 c. 14 L. 190/2012"),
    /** OIV attestation of the transparency duties: art. 14 c. 4 lett. g D.Lgs. 150/2009, date set by ANAC each year. */
    ATTESTAZIONE_OIV("attestazione-oiv", null, "art. 14 c. 4 lett. g D.Lgs. 150/2009, termine fissato dall'ANAC");

    final String key;
    private final MonthDay day;
    final String law;

    Duty(String key, MonthDay day, String law) {
        this.key = key;
        this.day = day;
        this.law = law;
    }

    static List<String> keys() {
        return Arrays.stream(values()).map(d -> d.key).toList();
    }

    static Duty of(String key) {
        return Arrays.stream(values()).filter(d -> d.key.equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("adempimento '" + key + "' sconosciuto (ammessi: "
                        + String.join(", ", keys()) + ")"));
    }

    /** The statutory date in a year: the plan's {@code termine} when given (a deferral, ANAC's date), else the law's. */
    Optional<LocalDate> statutory(int year, Optional<LocalDate> termine) {
        if (termine.isPresent()) {
            return termine;
        }
        return day == null ? Optional.empty() : Optional.of(day.atYear(year));
    }
}
