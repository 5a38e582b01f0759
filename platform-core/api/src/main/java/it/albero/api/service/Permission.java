package it.albero.api.service;

/** What a caller may be allowed to do; {@link AccessPolicy} says who may. */
public enum Permission {
    /** Read plans, trees, measurements, evaluations, findings, modules, the audit trail. */
    READ,
    /** Record or correct a measurement of an indicator of one unit. */
    MEASURE,
    /** Import or replace a plan. */
    EDIT_PLAN,
    /** Move a plan along its lifecycle, up to {@code rendicontazione}. */
    PLAN_STATUS,
    /** Move a plan to {@code validato} (locks its measurements). */
    VALIDATE,
    /** Set or clear a score override. */
    OVERRIDE,
    /** Back up the database. */
    BACKUP
}
