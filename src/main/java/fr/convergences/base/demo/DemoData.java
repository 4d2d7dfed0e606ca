package fr.convergences.base.demo;

/**
 * Demo data of one feature, loaded in demo mode only (never through a migration, so production
 * databases never receive it). Loading must be idempotent: the demo platform restarts on the same data.
 */
public interface DemoData {

    /** Features load in dependency order: territories before consultations, and so on. */
    int order();

    void load();
}
