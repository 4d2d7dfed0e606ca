/**
 * The projet's pages: the published projet with its axes and actions, an action's page with its progress log and
 * links, the public indicators dashboard (server-rendered SVG chart and data table for each indicator), and the
 * council admin's page to create axes, actions and indicators and record measurements.
 */
@NullMarked
package fr.convergences.project.ui;

import org.jspecify.annotations.NullMarked;
